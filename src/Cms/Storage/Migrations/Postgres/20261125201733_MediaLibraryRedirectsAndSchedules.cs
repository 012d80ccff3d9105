using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Federation.Cms.Storage.Migrations.Postgres
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
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "File",
                table: "media",
                type: "character varying(260)",
                maxLength: 260,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<long>(
                name: "Size",
                table: "media",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "UploadedAt",
                table: "media",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UploadedBy",
                table: "media",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "PublishAt",
                table: "content_items",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "UnpublishAt",
                table: "content_items",
                type: "timestamp with time zone",
                nullable: true);

            // Media stored before these columns existed: their file name, type and size from the stored item.
            migrationBuilder.Sql("""
                UPDATE media SET
                    "File" = COALESCE("Document"::jsonb ->> 'file', ''),
                    "ContentType" = COALESCE("Document"::jsonb ->> 'contentType', ''),
                    "Size" = COALESCE(("Document"::jsonb ->> 'size')::bigint, 0);
                """);

            migrationBuilder.CreateTable(
                name: "redirects",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ItemId = table.Column<Guid>(type: "uuid", nullable: false),
                    Type = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Culture = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Slug = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
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
