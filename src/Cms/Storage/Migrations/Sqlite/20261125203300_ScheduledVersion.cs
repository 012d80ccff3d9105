using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Federation.Cms.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ScheduledVersion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ScheduledVersion",
                table: "content_items",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ScheduledVersion",
                table: "content_items");
        }
    }
}
