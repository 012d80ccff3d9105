using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Federation.Cms.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class BackOfficeUsersAndAudit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ChineseTitle",
                table: "content_items",
                type: "TEXT",
                maxLength: 500,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "EnglishTitle",
                table: "content_items",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UpdatedBy",
                table: "content_items",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            // Items saved before these columns existed: their newest version's titles and author.
            migrationBuilder.Sql("""
                UPDATE content_items SET
                    "ChineseTitle" = COALESCE((SELECT json_extract(v."Document", '$.cultures."zh-CN".title') FROM content_versions v WHERE v."ItemId" = content_items."Id" AND v."Number" = content_items."LatestVersion"), ''),
                    "EnglishTitle" = (SELECT json_extract(v."Document", '$.cultures.en.title') FROM content_versions v WHERE v."ItemId" = content_items."Id" AND v."Number" = content_items."LatestVersion"),
                    "UpdatedBy" = (SELECT v."SavedBy" FROM content_versions v WHERE v."ItemId" = content_items."Id" AND v."Number" = content_items."LatestVersion");
                """);

            migrationBuilder.CreateTable(
                name: "audit_log",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    At = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ItemId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_log", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cms_roles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cms_roles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cms_users",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    PasswordHash = table.Column<string>(type: "TEXT", nullable: true),
                    SecurityStamp = table.Column<string>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumber = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cms_users", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cms_role_claims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoleId = table.Column<string>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cms_role_claims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cms_role_claims_cms_roles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "cms_roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "cms_user_claims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cms_user_claims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cms_user_claims_cms_users_UserId",
                        column: x => x.UserId,
                        principalTable: "cms_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "cms_user_logins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderKey = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "TEXT", nullable: true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cms_user_logins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_cms_user_logins_cms_users_UserId",
                        column: x => x.UserId,
                        principalTable: "cms_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "cms_user_roles",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    RoleId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cms_user_roles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_cms_user_roles_cms_roles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "cms_roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_cms_user_roles_cms_users_UserId",
                        column: x => x.UserId,
                        principalTable: "cms_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "cms_user_tokens",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cms_user_tokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_cms_user_tokens_cms_users_UserId",
                        column: x => x.UserId,
                        principalTable: "cms_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_content_items_Type_ChineseTitle",
                table: "content_items",
                columns: new[] { "Type", "ChineseTitle" });

            migrationBuilder.CreateIndex(
                name: "IX_content_items_Type_UpdatedAt",
                table: "content_items",
                columns: new[] { "Type", "UpdatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_audit_log_At",
                table: "audit_log",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_audit_log_ItemId",
                table: "audit_log",
                column: "ItemId");

            migrationBuilder.CreateIndex(
                name: "IX_cms_role_claims_RoleId",
                table: "cms_role_claims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "cms_roles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cms_user_claims_UserId",
                table: "cms_user_claims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_cms_user_logins_UserId",
                table: "cms_user_logins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_cms_user_roles_RoleId",
                table: "cms_user_roles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "cms_users",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "cms_users",
                column: "NormalizedUserName",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "audit_log");

            migrationBuilder.DropTable(
                name: "cms_role_claims");

            migrationBuilder.DropTable(
                name: "cms_user_claims");

            migrationBuilder.DropTable(
                name: "cms_user_logins");

            migrationBuilder.DropTable(
                name: "cms_user_roles");

            migrationBuilder.DropTable(
                name: "cms_user_tokens");

            migrationBuilder.DropTable(
                name: "cms_roles");

            migrationBuilder.DropTable(
                name: "cms_users");

            migrationBuilder.DropIndex(
                name: "IX_content_items_Type_ChineseTitle",
                table: "content_items");

            migrationBuilder.DropIndex(
                name: "IX_content_items_Type_UpdatedAt",
                table: "content_items");

            migrationBuilder.DropColumn(
                name: "ChineseTitle",
                table: "content_items");

            migrationBuilder.DropColumn(
                name: "EnglishTitle",
                table: "content_items");

            migrationBuilder.DropColumn(
                name: "UpdatedBy",
                table: "content_items");
        }
    }
}
