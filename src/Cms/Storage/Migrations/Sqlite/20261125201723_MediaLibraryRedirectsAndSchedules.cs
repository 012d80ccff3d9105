using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Federation.Cms.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MediaLibraryRedirectsAndSchedules : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ContentType",
                table: "media",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "File",
                table: "media",
                type: "TEXT",
                maxLength: 260,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<long>(
                name: "Size",
                table: "media",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<string>(
                name: "UploadedAt",
                table: "media",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UploadedBy",
                table: "media",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PublishAt",
                table: "content_items",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UnpublishAt",
                table: "content_items",
                type: "TEXT",
                nullable: true);

            // Media stored before these columns existed: their file name, type and size from the stored item.
            migrationBuilder.Sql("""
                UPDATE media SET
                    "File" = COALESCE(json_extract("Document", '$.file'), ''),
                    "ContentType" = COALESCE(json_extract("Document", '$.contentType'), ''),
                    "Size" = COALESCE(json_extract("Document", '$.size'), 0);
                """);

            migrationBuilder.CreateTable(
                name: "redirects",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Culture = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_redirects", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_media_UploadedAt",
                table: "media",
                column: "UploadedAt");

            migrationBuilder.CreateIndex(
                name: "IX_content_items_PublishAt",
                table: "content_items",
                column: "PublishAt");

            migrationBuilder.CreateIndex(
                name: "IX_content_items_UnpublishAt",
                table: "content_items",
                column: "UnpublishAt");

            migrationBuilder.CreateIndex(
                name: "IX_redirects_ItemId",
                table: "redirects",
                column: "ItemId");

            migrationBuilder.CreateIndex(
                name: "IX_redirects_Type_Culture_Slug",
                table: "redirects",
                columns: new[] { "Type", "Culture", "Slug" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "redirects");

            migrationBuilder.DropIndex(
                name: "IX_media_UploadedAt",
                table: "media");

            migrationBuilder.DropIndex(
                name: "IX_content_items_PublishAt",
                table: "content_items");

            migrationBuilder.DropIndex(
                name: "IX_content_items_UnpublishAt",
                table: "content_items");

            migrationBuilder.DropColumn(
                name: "ContentType",
                table: "media");

            migrationBuilder.DropColumn(
                name: "File",
                table: "media");

            migrationBuilder.DropColumn(
                name: "Size",
                table: "media");

            migrationBuilder.DropColumn(
                name: "UploadedAt",
                table: "media");

            migrationBuilder.DropColumn(
                name: "UploadedBy",
                table: "media");

            migrationBuilder.DropColumn(
                name: "PublishAt",
                table: "content_items");

            migrationBuilder.DropColumn(
                name: "UnpublishAt",
                table: "content_items");
        }
    }
}
