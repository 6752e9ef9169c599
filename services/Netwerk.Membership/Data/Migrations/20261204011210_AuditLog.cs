using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Netwerk.Membership.Data.Migrations
{
    /// <inheritdoc />
    public partial class AuditLog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "audit_entries",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    actor_id = table.Column<Guid>(type: "uuid", nullable: true),
                    actor_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    client_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    client_address = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    service = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    action = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    target_type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    target_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    target_name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    detail = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_entries", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_actor_id_occurred_at",
                table: "audit_entries",
                columns: new[] { "actor_id", "occurred_at" });

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_occurred_at_id",
                table: "audit_entries",
                columns: new[] { "occurred_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_target_type_target_id_occurred_at",
                table: "audit_entries",
                columns: new[] { "target_type", "target_id", "occurred_at" });

            // The log is kept as written: an UPDATE fails in the database itself, whatever code attempts it. Rows leave only
            // by DELETE, which the retention job does and no endpoint offers.
            migrationBuilder.Sql("""
                CREATE FUNCTION audit_entries_are_kept_as_written() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'audit entries are never changed';
                END $$;
                CREATE TRIGGER audit_entries_no_update BEFORE UPDATE ON audit_entries
                    FOR EACH ROW EXECUTE FUNCTION audit_entries_are_kept_as_written();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER audit_entries_no_update ON audit_entries; DROP FUNCTION audit_entries_are_kept_as_written();");
            migrationBuilder.DropTable(
                name: "audit_entries");
        }
    }
}
