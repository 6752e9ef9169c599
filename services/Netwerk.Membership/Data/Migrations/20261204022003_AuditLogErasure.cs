using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Netwerk.Membership.Data.Migrations
{
    /// <inheritdoc />
    public partial class AuditLogErasure : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // A member who leaves leaves the log too, but only by name and address: erasure may replace the names with
            // the erased member's name and drop the address; every other column, and any other change, stays refused.
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION audit_entries_are_kept_as_written() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF (NEW.id, NEW.occurred_at, NEW.actor_id, NEW.client_id, NEW.service, NEW.action, NEW.target_type, NEW.target_id, NEW.detail)
                           IS NOT DISTINCT FROM
                       (OLD.id, OLD.occurred_at, OLD.actor_id, OLD.client_id, OLD.service, OLD.action, OLD.target_type, OLD.target_id, OLD.detail)
                       AND (NEW.actor_name = OLD.actor_name OR NEW.actor_name = 'Voormalig lid')
                       AND (NEW.target_name IS NOT DISTINCT FROM OLD.target_name OR NEW.target_name = 'Voormalig lid')
                       AND (NEW.client_address IS NOT DISTINCT FROM OLD.client_address OR NEW.client_address IS NULL) THEN
                        RETURN NEW;
                    END IF;
                    RAISE EXCEPTION 'audit entries are never changed';
                END $$;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION audit_entries_are_kept_as_written() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'audit entries are never changed';
                END $$;
                """);
        }
    }
}
