using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Netwerk.Discussions.Data.Migrations
{
    /// <inheritdoc />
    public partial class Moderation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "deleted_at",
                table: "threads",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "edited_at",
                table: "threads",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "hidden_at",
                table: "threads",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "locked",
                table: "threads",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<Guid>(
                name: "merged_into_id",
                table: "threads",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "status",
                table: "threads",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "status_note",
                table: "threads",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<List<string>>(
                name: "tags",
                table: "threads",
                type: "text[]",
                nullable: false,
                defaultValueSql: "'{}'::text[]");

            migrationBuilder.AddColumn<string>(
                name: "theme",
                table: "threads",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "version",
                table: "threads",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "deleted_at",
                table: "replies",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "edited_at",
                table: "replies",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "helpful_count",
                table: "replies",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "hidden_at",
                table: "replies",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "reply_to_id",
                table: "replies",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "approvals",
                columns: table => new
                {
                    member_id = table.Column<Guid>(type: "uuid", nullable: false),
                    approved_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_approvals", x => x.member_id);
                });

            migrationBuilder.CreateTable(
                name: "follows",
                columns: table => new
                {
                    thread_id = table.Column<Guid>(type: "uuid", nullable: false),
                    member_id = table.Column<Guid>(type: "uuid", nullable: false),
                    since = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_follows", x => new { x.thread_id, x.member_id });
                    table.ForeignKey(
                        name: "fk_follows_threads_thread_id",
                        column: x => x.thread_id,
                        principalTable: "threads",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "helpful_marks",
                columns: table => new
                {
                    reply_id = table.Column<Guid>(type: "uuid", nullable: false),
                    member_id = table.Column<Guid>(type: "uuid", nullable: false),
                    marked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_helpful_marks", x => new { x.reply_id, x.member_id });
                    table.ForeignKey(
                        name: "fk_helpful_marks_replies_reply_id",
                        column: x => x.reply_id,
                        principalTable: "replies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "need_status_steps",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    thread_id = table.Column<Guid>(type: "uuid", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_need_status_steps", x => x.id);
                    table.ForeignKey(
                        name: "fk_need_status_steps_threads_thread_id",
                        column: x => x.thread_id,
                        principalTable: "threads",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "reports",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    thread_id = table.Column<Guid>(type: "uuid", nullable: false),
                    reply_id = table.Column<Guid>(type: "uuid", nullable: true),
                    reporter_id = table.Column<Guid>(type: "uuid", nullable: true),
                    reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_reports", x => x.id);
                    table.ForeignKey(
                        name: "fk_reports_threads_thread_id",
                        column: x => x.thread_id,
                        principalTable: "threads",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_threads_author_id",
                table: "threads",
                column: "author_id");

            migrationBuilder.CreateIndex(
                name: "ix_threads_tags",
                table: "threads",
                column: "tags")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_replies_author_id",
                table: "replies",
                column: "author_id");

            migrationBuilder.CreateIndex(
                name: "ix_follows_member_id",
                table: "follows",
                column: "member_id");

            migrationBuilder.CreateIndex(
                name: "ix_helpful_marks_member_id",
                table: "helpful_marks",
                column: "member_id");

            migrationBuilder.CreateIndex(
                name: "ix_need_status_steps_thread_id_changed_at",
                table: "need_status_steps",
                columns: new[] { "thread_id", "changed_at" });

            migrationBuilder.CreateIndex(
                name: "ix_reports_created_at",
                table: "reports",
                column: "created_at",
                filter: "decided_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_reports_thread_id_reply_id_reporter_id",
                table: "reports",
                columns: new[] { "thread_id", "reply_id", "reporter_id" },
                unique: true,
                filter: "decided_at IS NULL")
                .Annotation("Npgsql:NullsDistinct", false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "approvals");

            migrationBuilder.DropTable(
                name: "follows");

            migrationBuilder.DropTable(
                name: "helpful_marks");

            migrationBuilder.DropTable(
                name: "need_status_steps");

            migrationBuilder.DropTable(
                name: "reports");

            migrationBuilder.DropIndex(
                name: "ix_threads_author_id",
                table: "threads");

            migrationBuilder.DropIndex(
                name: "ix_threads_tags",
                table: "threads");

            migrationBuilder.DropIndex(
                name: "ix_replies_author_id",
                table: "replies");

            migrationBuilder.DropColumn(
                name: "deleted_at",
                table: "threads");

            migrationBuilder.DropColumn(
                name: "edited_at",
                table: "threads");

            migrationBuilder.DropColumn(
                name: "hidden_at",
                table: "threads");

            migrationBuilder.DropColumn(
                name: "locked",
                table: "threads");

            migrationBuilder.DropColumn(
                name: "merged_into_id",
                table: "threads");

            migrationBuilder.DropColumn(
                name: "status",
                table: "threads");

            migrationBuilder.DropColumn(
                name: "status_note",
                table: "threads");

            migrationBuilder.DropColumn(
                name: "tags",
                table: "threads");

            migrationBuilder.DropColumn(
                name: "theme",
                table: "threads");

            migrationBuilder.DropColumn(
                name: "version",
                table: "threads");

            migrationBuilder.DropColumn(
                name: "deleted_at",
                table: "replies");

            migrationBuilder.DropColumn(
                name: "edited_at",
                table: "replies");

            migrationBuilder.DropColumn(
                name: "helpful_count",
                table: "replies");

            migrationBuilder.DropColumn(
                name: "hidden_at",
                table: "replies");

            migrationBuilder.DropColumn(
                name: "reply_to_id",
                table: "replies");
        }
    }
}
