using DanVan.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace DanVan.Tests.Data.PreviousRelease;

/// <summary>Organizations, areas, accounts, memberships, access tokens and the audit log.</summary>
[DbContext(typeof(PreviousReleaseContext))]
[Migration("20261122000001_Initial")]
public sealed class Initial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        if (migrationBuilder.IsPostgres())
        {
            migrationBuilder.Sql("CREATE COLLATION IF NOT EXISTS vi (provider = icu, locale = 'vi-VN');");
        }

        migrationBuilder.CreateTable(
            name: "accounts_users",
            columns: table => new
            {
                Id = table.Column<string>(nullable: false),
                FullName = table.Column<string>(maxLength: 200, nullable: false, collation: VietnameseCollation.Name),
                IsAdministrator = table.Column<bool>(nullable: false),
                MustChangePassword = table.Column<bool>(nullable: false),
                IsActive = table.Column<bool>(nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                SearchKey = table.Column<string>(maxLength: 500, nullable: false),
                UserName = table.Column<string>(maxLength: 256, nullable: true),
                NormalizedUserName = table.Column<string>(maxLength: 256, nullable: true),
                Email = table.Column<string>(maxLength: 256, nullable: true),
                NormalizedEmail = table.Column<string>(maxLength: 256, nullable: true),
                EmailConfirmed = table.Column<bool>(nullable: false),
                PasswordHash = table.Column<string>(nullable: true),
                SecurityStamp = table.Column<string>(nullable: true),
                ConcurrencyStamp = table.Column<string>(nullable: true),
                PhoneNumber = table.Column<string>(nullable: true),
                PhoneNumberConfirmed = table.Column<bool>(nullable: false),
                TwoFactorEnabled = table.Column<bool>(nullable: false),
                LockoutEnd = table.Column<DateTimeOffset>(nullable: true),
                LockoutEnabled = table.Column<bool>(nullable: false),
                AccessFailedCount = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_accounts_users", x => x.Id));

        migrationBuilder.CreateTable(
            name: "audit_entries",
            columns: table => new
            {
                Id = table.Column<long>(nullable: false).Identity(),
                At = table.Column<DateTime>(nullable: false),
                UserId = table.Column<string>(maxLength: 64, nullable: true),
                Actor = table.Column<string>(maxLength: 256, nullable: false),
                Action = table.Column<string>(maxLength: 16, nullable: false),
                EntityType = table.Column<string>(maxLength: 100, nullable: false),
                EntityId = table.Column<string>(maxLength: 200, nullable: false),
                Before = table.Column<string>(nullable: true),
                After = table.Column<string>(nullable: true),
                CorrelationId = table.Column<string>(maxLength: 64, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_audit_entries", x => x.Id));

        migrationBuilder.CreateTable(
            name: "organizations_areas",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Code = table.Column<string>(maxLength: 20, nullable: false),
                Name = table.Column<string>(maxLength: 200, nullable: false, collation: VietnameseCollation.Name),
                Level = table.Column<string>(maxLength: 16, nullable: false),
                ParentId = table.Column<Guid>(nullable: true),
                ValidFrom = table.Column<DateOnly>(nullable: true),
                ValidTo = table.Column<DateOnly>(nullable: true),
                IsDemo = table.Column<bool>(nullable: false),
                SearchKey = table.Column<string>(maxLength: 300, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_organizations_areas", x => x.Id);
                table.ForeignKey("FK_organizations_areas_organizations_areas_ParentId", x => x.ParentId, "organizations_areas", "Id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "organizations_kinds",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Code = table.Column<string>(maxLength: 32, nullable: false),
                Name = table.Column<string>(maxLength: 100, nullable: false, collation: VietnameseCollation.Name),
                SortOrder = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_organizations_kinds", x => x.Id));

        migrationBuilder.CreateTable(
            name: "accounts_access_tokens",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                UserId = table.Column<string>(nullable: false),
                Name = table.Column<string>(maxLength: 100, nullable: false),
                Hash = table.Column<string>(maxLength: 64, nullable: false),
                Hint = table.Column<string>(maxLength: 16, nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                ExpiresAt = table.Column<DateTime>(nullable: false),
                RevokedAt = table.Column<DateTime>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_accounts_access_tokens", x => x.Id);
                table.ForeignKey("FK_accounts_access_tokens_accounts_users_UserId", x => x.UserId, "accounts_users", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "accounts_user_claims",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Identity(),
                UserId = table.Column<string>(nullable: false),
                ClaimType = table.Column<string>(nullable: true),
                ClaimValue = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_accounts_user_claims", x => x.Id);
                table.ForeignKey("FK_accounts_user_claims_accounts_users_UserId", x => x.UserId, "accounts_users", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "accounts_user_logins",
            columns: table => new
            {
                LoginProvider = table.Column<string>(nullable: false),
                ProviderKey = table.Column<string>(nullable: false),
                ProviderDisplayName = table.Column<string>(nullable: true),
                UserId = table.Column<string>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_accounts_user_logins", x => new { x.LoginProvider, x.ProviderKey });
                table.ForeignKey("FK_accounts_user_logins_accounts_users_UserId", x => x.UserId, "accounts_users", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "accounts_user_tokens",
            columns: table => new
            {
                UserId = table.Column<string>(nullable: false),
                LoginProvider = table.Column<string>(nullable: false),
                Name = table.Column<string>(nullable: false),
                Value = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_accounts_user_tokens", x => new { x.UserId, x.LoginProvider, x.Name });
                table.ForeignKey("FK_accounts_user_tokens_accounts_users_UserId", x => x.UserId, "accounts_users", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "organizations_units",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Code = table.Column<string>(maxLength: 32, nullable: false),
                Name = table.Column<string>(maxLength: 300, nullable: false, collation: VietnameseCollation.Name),
                ShortName = table.Column<string>(maxLength: 100, nullable: false),
                KindId = table.Column<Guid>(nullable: false),
                AreaId = table.Column<Guid>(nullable: false),
                ParentId = table.Column<Guid>(nullable: true),
                Path = table.Column<string>(maxLength: 1000, nullable: false),
                Depth = table.Column<int>(nullable: false),
                IsArchived = table.Column<bool>(nullable: false),
                ArchivedAt = table.Column<DateTime>(nullable: true),
                IsDemo = table.Column<bool>(nullable: false),
                SearchKey = table.Column<string>(maxLength: 500, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_organizations_units", x => x.Id);
                table.ForeignKey("FK_organizations_units_organizations_areas_AreaId", x => x.AreaId, "organizations_areas", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_organizations_units_organizations_kinds_KindId", x => x.KindId, "organizations_kinds", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_organizations_units_organizations_units_ParentId", x => x.ParentId, "organizations_units", "Id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "accounts_memberships",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                UserId = table.Column<string>(nullable: false),
                OrganizationId = table.Column<Guid>(nullable: false),
                Role = table.Column<string>(maxLength: 32, nullable: false),
                IncludesSubtree = table.Column<bool>(nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_accounts_memberships", x => x.Id);
                table.ForeignKey("FK_accounts_memberships_accounts_users_UserId", x => x.UserId, "accounts_users", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_accounts_memberships_organizations_units_OrganizationId", x => x.OrganizationId, "organizations_units", "Id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateIndex("IX_accounts_access_tokens_Hash", "accounts_access_tokens", "Hash", unique: true);
        migrationBuilder.CreateIndex("IX_accounts_access_tokens_UserId", "accounts_access_tokens", "UserId");
        migrationBuilder.CreateIndex("IX_accounts_memberships_OrganizationId", "accounts_memberships", "OrganizationId");
        migrationBuilder.CreateIndex("IX_accounts_memberships_UserId_OrganizationId_Role", "accounts_memberships", ["UserId", "OrganizationId", "Role"], unique: true);
        migrationBuilder.CreateIndex("IX_accounts_user_claims_UserId", "accounts_user_claims", "UserId");
        migrationBuilder.CreateIndex("IX_accounts_user_logins_UserId", "accounts_user_logins", "UserId");
        migrationBuilder.CreateIndex("EmailIndex", "accounts_users", "NormalizedEmail");
        migrationBuilder.CreateIndex("UserNameIndex", "accounts_users", "NormalizedUserName", unique: true);
        migrationBuilder.CreateIndex("IX_audit_entries_At", "audit_entries", "At");
        migrationBuilder.CreateIndex("IX_audit_entries_EntityType_EntityId", "audit_entries", ["EntityType", "EntityId"]);
        migrationBuilder.CreateIndex("IX_organizations_areas_Code", "organizations_areas", "Code", unique: true);
        migrationBuilder.CreateIndex("IX_organizations_areas_ParentId", "organizations_areas", "ParentId");
        migrationBuilder.CreateIndex("IX_organizations_kinds_Code", "organizations_kinds", "Code", unique: true);
        migrationBuilder.CreateIndex("IX_organizations_units_AreaId", "organizations_units", "AreaId");
        migrationBuilder.CreateIndex("IX_organizations_units_Code", "organizations_units", "Code", unique: true);
        migrationBuilder.CreateIndex("IX_organizations_units_KindId", "organizations_units", "KindId");
        migrationBuilder.CreateIndex("IX_organizations_units_ParentId", "organizations_units", "ParentId");
        migrationBuilder.CreateIndex("IX_organizations_units_Path", "organizations_units", "Path");

        migrationBuilder.MakeAppendOnly("audit_entries");
        SeedOrganizationKinds(migrationBuilder);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[]
        {
            "accounts_memberships", "organizations_units", "accounts_user_tokens", "accounts_user_logins",
            "accounts_user_claims", "accounts_access_tokens", "organizations_kinds", "organizations_areas",
            "audit_entries", "accounts_users",
        })
        {
            migrationBuilder.DropTable(table);
        }

        if (migrationBuilder.IsPostgres())
        {
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS audit_entries_append_only(); DROP COLLATION IF EXISTS vi;");
        }
    }

    /// <summary>The kinds named in domain.md; administrators edit them afterwards (names change with reorganisations).</summary>
    private static void SeedOrganizationKinds(MigrationBuilder migrationBuilder)
    {
        (string Id, string Code, string Name)[] kinds =
        [
            ("0B6F1D6A-0001-4C1E-9E55-3C1A0D0A2601", "dang-uy", "Đảng ủy, cấp ủy"),
            ("0B6F1D6A-0002-4C1E-9E55-3C1A0D0A2601", "chi-bo", "Chi bộ"),
            ("0B6F1D6A-0003-4C1E-9E55-3C1A0D0A2601", "ban-tham-muu", "Cơ quan tham mưu, giúp việc"),
            ("0B6F1D6A-0004-4C1E-9E55-3C1A0D0A2601", "hdnd", "Hội đồng nhân dân"),
            ("0B6F1D6A-0005-4C1E-9E55-3C1A0D0A2601", "ubnd", "Ủy ban nhân dân"),
            ("0B6F1D6A-0006-4C1E-9E55-3C1A0D0A2601", "mttq", "Ủy ban Mặt trận Tổ quốc"),
            ("0B6F1D6A-0007-4C1E-9E55-3C1A0D0A2601", "ct-xh", "Tổ chức chính trị - xã hội"),
            ("0B6F1D6A-0008-4C1E-9E55-3C1A0D0A2601", "quan-su", "Quân sự"),
            ("0B6F1D6A-0009-4C1E-9E55-3C1A0D0A2601", "cong-an", "Công an"),
            ("0B6F1D6A-000A-4C1E-9E55-3C1A0D0A2601", "so-nganh", "Sở, ban, ngành"),
            ("0B6F1D6A-000B-4C1E-9E55-3C1A0D0A2601", "thon", "Thôn, tổ dân phố"),
        ];
        for (var i = 0; i < kinds.Length; i++)
        {
            var (id, code, name) = kinds[i];
            migrationBuilder.Sql($"INSERT INTO organizations_kinds (\"Id\", \"Code\", \"Name\", \"SortOrder\") VALUES ('{id}', '{code}', '{name}', {(i + 1) * 10});");
        }
    }
}
