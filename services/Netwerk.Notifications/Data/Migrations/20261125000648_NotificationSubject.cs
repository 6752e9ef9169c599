using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Netwerk.Notifications.Data.Migrations
{
    /// <inheritdoc />
    public partial class NotificationSubject : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "about_member_id",
                table: "notifications",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_notifications_about_member_id",
                table: "notifications",
                column: "about_member_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_notifications_about_member_id",
                table: "notifications");

            migrationBuilder.DropColumn(
                name: "about_member_id",
                table: "notifications");
        }
    }
}
