using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable


namespace DanVan.Web.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Baseline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "accounts_users",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    FullName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false, collation: "vi"),
                    IsAdministrator = table.Column<bool>(type: "INTEGER", nullable: false),
                    MustChangePassword = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SearchKey = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
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
                    table.PrimaryKey("PK_accounts_users", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "audit_entries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    EntityType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    EntityId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Before = table.Column<string>(type: "TEXT", nullable: true),
                    After = table.Column<string>(type: "TEXT", nullable: true),
                    CorrelationId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_entries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "dataprotection_keys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FriendlyName = table.Column<string>(type: "TEXT", nullable: true),
                    Xml = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dataprotection_keys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "organizations_areas",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false, collation: "vi"),
                    Level = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ParentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ValidTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false),
                    SearchKey = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_organizations_areas", x => x.Id);
                    table.ForeignKey(
                        name: "FK_organizations_areas_organizations_areas_ParentId",
                        column: x => x.ParentId,
                        principalTable: "organizations_areas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "organizations_kinds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false, collation: "vi"),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_organizations_kinds", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "plans_import_staging",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParentPlanId = table.Column<Guid>(type: "TEXT", nullable: true),
                    StagedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plans_import_staging", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "reporting_indicators",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false, collation: "vi"),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Aggregation = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    NumeratorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DenominatorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    NotAboveId = table.Column<Guid>(type: "TEXT", nullable: true),
                    MinValue = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    MaxValue = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    ByVillage = table.Column<bool>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false),
                    SearchKey = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reporting_indicators", x => x.Id);
                    table.ForeignKey(
                        name: "FK_reporting_indicators_reporting_indicators_DenominatorId",
                        column: x => x.DenominatorId,
                        principalTable: "reporting_indicators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_reporting_indicators_reporting_indicators_NotAboveId",
                        column: x => x.NotAboveId,
                        principalTable: "reporting_indicators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_reporting_indicators_reporting_indicators_NumeratorId",
                        column: x => x.NumeratorId,
                        principalTable: "reporting_indicators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "accounts_access_tokens",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Hint = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RevokedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_accounts_access_tokens", x => x.Id);
                    table.ForeignKey(
                        name: "FK_accounts_access_tokens_accounts_users_UserId",
                        column: x => x.UserId,
                        principalTable: "accounts_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "accounts_user_claims",
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
                    table.PrimaryKey("PK_accounts_user_claims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_accounts_user_claims_accounts_users_UserId",
                        column: x => x.UserId,
                        principalTable: "accounts_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "accounts_user_logins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderKey = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "TEXT", nullable: true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_accounts_user_logins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_accounts_user_logins_accounts_users_UserId",
                        column: x => x.UserId,
                        principalTable: "accounts_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "accounts_user_tokens",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_accounts_user_tokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_accounts_user_tokens_accounts_users_UserId",
                        column: x => x.UserId,
                        principalTable: "accounts_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "notifications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Link = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReadAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    EmailTo = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    EmailSentAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    EmailAttempts = table.Column<int>(type: "INTEGER", nullable: false),
                    EmailError = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_notifications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_notifications_accounts_users_UserId",
                        column: x => x.UserId,
                        principalTable: "accounts_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "organizations_units",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false, collation: "vi"),
                    ShortName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    KindId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AreaId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Path = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Depth = table.Column<int>(type: "INTEGER", nullable: false),
                    IsArchived = table.Column<bool>(type: "INTEGER", nullable: false),
                    ArchivedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false),
                    SearchKey = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_organizations_units", x => x.Id);
                    table.ForeignKey(
                        name: "FK_organizations_units_organizations_areas_AreaId",
                        column: x => x.AreaId,
                        principalTable: "organizations_areas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_organizations_units_organizations_kinds_KindId",
                        column: x => x.KindId,
                        principalTable: "organizations_kinds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_organizations_units_organizations_units_ParentId",
                        column: x => x.ParentId,
                        principalTable: "organizations_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "accounts_memberships",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    IncludesSubtree = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_accounts_memberships", x => x.Id);
                    table.ForeignKey(
                        name: "FK_accounts_memberships_accounts_users_UserId",
                        column: x => x.UserId,
                        principalTable: "accounts_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_accounts_memberships_organizations_units_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "organizations_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "plans_documents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false, collation: "vi"),
                    Number = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Issuer = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true, collation: "vi"),
                    IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true, collation: "vi"),
                    IsStub = table.Column<bool>(type: "INTEGER", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false),
                    SearchKey = table.Column<string>(type: "TEXT", maxLength: 2500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plans_documents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_plans_documents_organizations_units_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "organizations_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "reporting_document_counters",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Term = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Last = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reporting_document_counters", x => new { x.OrganizationId, x.Kind, x.Term });
                    table.ForeignKey(
                        name: "FK_reporting_document_counters_organizations_units_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "organizations_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "plans_document_citations",
                columns: table => new
                {
                    CitingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CitedId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plans_document_citations", x => new { x.CitingId, x.CitedId });
                    table.ForeignKey(
                        name: "FK_plans_document_citations_plans_documents_CitedId",
                        column: x => x.CitedId,
                        principalTable: "plans_documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_plans_document_citations_plans_documents_CitingId",
                        column: x => x.CitingId,
                        principalTable: "plans_documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "plans_plans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DocumentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParentPlanId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ImplementsDocumentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReportsSixMonthly = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReportsAnnually = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReportsOnRequest = table.Column<bool>(type: "INTEGER", nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SignerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SignerTitle = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plans_plans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_plans_plans_organizations_units_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "organizations_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_plans_plans_plans_documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "plans_documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_plans_plans_plans_documents_ImplementsDocumentId",
                        column: x => x.ImplementsDocumentId,
                        principalTable: "plans_documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_plans_plans_plans_plans_ParentPlanId",
                        column: x => x.ParentPlanId,
                        principalTable: "plans_plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "plans_source_files",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    UploadedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plans_source_files", x => x.Id);
                    table.ForeignKey(
                        name: "FK_plans_source_files_plans_plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "plans_plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "plans_tasks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Recurrence = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ExpectedOutput = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ParentTaskId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SourceLine = table.Column<int>(type: "INTEGER", nullable: true),
                    SearchKey = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plans_tasks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_plans_tasks_plans_plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "plans_plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_plans_tasks_plans_tasks_ParentTaskId",
                        column: x => x.ParentTaskId,
                        principalTable: "plans_tasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "reporting_periods",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false, collation: "vi"),
                    DataFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DataTo = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    OpenedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    OpenedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reporting_periods", x => x.Id);
                    table.ForeignKey(
                        name: "FK_reporting_periods_plans_plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "plans_plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "reporting_schedules",
                columns: table => new
                {
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    FromDay = table.Column<int>(type: "INTEGER", nullable: false),
                    FromMonth = table.Column<int>(type: "INTEGER", nullable: false),
                    FromPreviousYear = table.Column<bool>(type: "INTEGER", nullable: false),
                    ToDay = table.Column<int>(type: "INTEGER", nullable: false),
                    ToMonth = table.Column<int>(type: "INTEGER", nullable: false),
                    DueDay = table.Column<int>(type: "INTEGER", nullable: false),
                    DueMonth = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reporting_schedules", x => new { x.PlanId, x.Kind });
                    table.ForeignKey(
                        name: "FK_reporting_schedules_plans_plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "plans_plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "reporting_targets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IndicatorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Value = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    Direction = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reporting_targets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_reporting_targets_organizations_units_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "organizations_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_reporting_targets_plans_plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "plans_plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_reporting_targets_reporting_indicators_IndicatorId",
                        column: x => x.IndicatorId,
                        principalTable: "reporting_indicators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "plans_task_assignments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TaskId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    UnitName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false, collation: "vi"),
                    Role = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ExceededTarget = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plans_task_assignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_plans_task_assignments_organizations_units_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "organizations_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_plans_task_assignments_plans_tasks_TaskId",
                        column: x => x.TaskId,
                        principalTable: "plans_tasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "reporting_reports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PeriodId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReceiverId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    FirstSubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AcceptedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReturnComment = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UpdatedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reporting_reports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_reporting_reports_organizations_units_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "organizations_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_reporting_reports_organizations_units_ReceiverId",
                        column: x => x.ReceiverId,
                        principalTable: "organizations_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_reporting_reports_reporting_periods_PeriodId",
                        column: x => x.PeriodId,
                        principalTable: "reporting_periods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "plans_task_progress",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssignmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    OnDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Completes = table.Column<bool>(type: "INTEGER", nullable: false),
                    ExceededTarget = table.Column<bool>(type: "INTEGER", nullable: false),
                    AuthorId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    AuthorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plans_task_progress", x => x.Id);
                    table.ForeignKey(
                        name: "FK_plans_task_progress_plans_task_assignments_AssignmentId",
                        column: x => x.AssignmentId,
                        principalTable: "plans_task_assignments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "reporting_issued_documents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReportId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Term = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Symbol = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    IsParty = table.Column<bool>(type: "INTEGER", nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    SignatureAuthority = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    SignerPosition = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    SignerName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Recipients = table.Column<string>(type: "TEXT", maxLength: 6200, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reporting_issued_documents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_reporting_issued_documents_organizations_units_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "organizations_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_reporting_issued_documents_reporting_reports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "reporting_reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "reporting_narratives",
                columns: table => new
                {
                    ReportId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TaskId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Results = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    Limitations = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    Proposals = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reporting_narratives", x => new { x.ReportId, x.TaskId });
                    table.ForeignKey(
                        name: "FK_reporting_narratives_plans_tasks_TaskId",
                        column: x => x.TaskId,
                        principalTable: "plans_tasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_reporting_narratives_reporting_reports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "reporting_reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "reporting_reminders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReportId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Recipients = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reporting_reminders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_reporting_reminders_reporting_reports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "reporting_reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "reporting_report_events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReportId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Snapshot = table.Column<string>(type: "TEXT", nullable: true),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    ByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reporting_report_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_reporting_report_events_reporting_reports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "reporting_reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "reporting_values",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReportId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IndicatorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AreaId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Number = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reporting_values", x => x.Id);
                    table.ForeignKey(
                        name: "FK_reporting_values_organizations_areas_AreaId",
                        column: x => x.AreaId,
                        principalTable: "organizations_areas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_reporting_values_reporting_indicators_IndicatorId",
                        column: x => x.IndicatorId,
                        principalTable: "reporting_indicators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_reporting_values_reporting_reports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "reporting_reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "plans_evidence_files",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProgressId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plans_evidence_files", x => x.Id);
                    table.ForeignKey(
                        name: "FK_plans_evidence_files_plans_task_progress_ProgressId",
                        column: x => x.ProgressId,
                        principalTable: "plans_task_progress",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_accounts_access_tokens_Hash",
                table: "accounts_access_tokens",
                column: "Hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_accounts_access_tokens_UserId",
                table: "accounts_access_tokens",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_accounts_memberships_OrganizationId",
                table: "accounts_memberships",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_accounts_memberships_UserId_OrganizationId_Role",
                table: "accounts_memberships",
                columns: new[] { "UserId", "OrganizationId", "Role" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_accounts_user_claims_UserId",
                table: "accounts_user_claims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_accounts_user_logins_UserId",
                table: "accounts_user_logins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "accounts_users",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "accounts_users",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_audit_entries_At",
                table: "audit_entries",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_audit_entries_EntityType_EntityId",
                table: "audit_entries",
                columns: new[] { "EntityType", "EntityId" });

            migrationBuilder.CreateIndex(
                name: "IX_notifications_EmailSentAt",
                table: "notifications",
                column: "EmailSentAt");

            migrationBuilder.CreateIndex(
                name: "IX_notifications_UserId_ReadAt",
                table: "notifications",
                columns: new[] { "UserId", "ReadAt" });

            migrationBuilder.CreateIndex(
                name: "IX_organizations_areas_Code",
                table: "organizations_areas",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_organizations_areas_ParentId",
                table: "organizations_areas",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_organizations_kinds_Code",
                table: "organizations_kinds",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_organizations_units_AreaId",
                table: "organizations_units",
                column: "AreaId");

            migrationBuilder.CreateIndex(
                name: "IX_organizations_units_Code",
                table: "organizations_units",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_organizations_units_KindId",
                table: "organizations_units",
                column: "KindId");

            migrationBuilder.CreateIndex(
                name: "IX_organizations_units_ParentId",
                table: "organizations_units",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_organizations_units_Path",
                table: "organizations_units",
                column: "Path");

            migrationBuilder.CreateIndex(
                name: "IX_plans_document_citations_CitedId",
                table: "plans_document_citations",
                column: "CitedId");

            migrationBuilder.CreateIndex(
                name: "IX_plans_documents_Number",
                table: "plans_documents",
                column: "Number");

            migrationBuilder.CreateIndex(
                name: "IX_plans_documents_OrganizationId",
                table: "plans_documents",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_plans_evidence_files_ProgressId",
                table: "plans_evidence_files",
                column: "ProgressId");

            migrationBuilder.CreateIndex(
                name: "IX_plans_import_staging_StagedAt",
                table: "plans_import_staging",
                column: "StagedAt");

            migrationBuilder.CreateIndex(
                name: "IX_plans_plans_DocumentId",
                table: "plans_plans",
                column: "DocumentId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_plans_plans_ImplementsDocumentId",
                table: "plans_plans",
                column: "ImplementsDocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_plans_plans_OrganizationId",
                table: "plans_plans",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_plans_plans_ParentPlanId",
                table: "plans_plans",
                column: "ParentPlanId");

            migrationBuilder.CreateIndex(
                name: "IX_plans_source_files_PlanId",
                table: "plans_source_files",
                column: "PlanId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_plans_task_assignments_OrganizationId",
                table: "plans_task_assignments",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_plans_task_assignments_TaskId",
                table: "plans_task_assignments",
                column: "TaskId");

            migrationBuilder.CreateIndex(
                name: "IX_plans_task_progress_AssignmentId",
                table: "plans_task_progress",
                column: "AssignmentId");

            migrationBuilder.CreateIndex(
                name: "IX_plans_tasks_ParentTaskId",
                table: "plans_tasks",
                column: "ParentTaskId");

            migrationBuilder.CreateIndex(
                name: "IX_plans_tasks_PlanId_Position",
                table: "plans_tasks",
                columns: new[] { "PlanId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_reporting_indicators_Code",
                table: "reporting_indicators",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_reporting_indicators_DenominatorId",
                table: "reporting_indicators",
                column: "DenominatorId");

            migrationBuilder.CreateIndex(
                name: "IX_reporting_indicators_NotAboveId",
                table: "reporting_indicators",
                column: "NotAboveId");

            migrationBuilder.CreateIndex(
                name: "IX_reporting_indicators_NumeratorId",
                table: "reporting_indicators",
                column: "NumeratorId");

            migrationBuilder.CreateIndex(
                name: "IX_reporting_issued_documents_OrganizationId_Kind_Term_Sequence",
                table: "reporting_issued_documents",
                columns: new[] { "OrganizationId", "Kind", "Term", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_reporting_issued_documents_ReportId",
                table: "reporting_issued_documents",
                column: "ReportId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_reporting_narratives_TaskId",
                table: "reporting_narratives",
                column: "TaskId");

            migrationBuilder.CreateIndex(
                name: "IX_reporting_periods_PlanId_Kind_Year_Sequence",
                table: "reporting_periods",
                columns: new[] { "PlanId", "Kind", "Year", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_reporting_reminders_ReportId_Kind",
                table: "reporting_reminders",
                columns: new[] { "ReportId", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_reporting_report_events_ReportId_Sequence",
                table: "reporting_report_events",
                columns: new[] { "ReportId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_reporting_reports_OrganizationId",
                table: "reporting_reports",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_reporting_reports_PeriodId_OrganizationId",
                table: "reporting_reports",
                columns: new[] { "PeriodId", "OrganizationId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_reporting_reports_ReceiverId",
                table: "reporting_reports",
                column: "ReceiverId");

            migrationBuilder.CreateIndex(
                name: "IX_reporting_targets_IndicatorId",
                table: "reporting_targets",
                column: "IndicatorId");

            migrationBuilder.CreateIndex(
                name: "IX_reporting_targets_OrganizationId",
                table: "reporting_targets",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_reporting_targets_PlanId_OrganizationId_IndicatorId",
                table: "reporting_targets",
                columns: new[] { "PlanId", "OrganizationId", "IndicatorId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_reporting_values_AreaId",
                table: "reporting_values",
                column: "AreaId");

            migrationBuilder.CreateIndex(
                name: "IX_reporting_values_IndicatorId",
                table: "reporting_values",
                column: "IndicatorId");

            migrationBuilder.CreateIndex(
                name: "IX_reporting_values_ReportId_IndicatorId",
                table: "reporting_values",
                columns: new[] { "ReportId", "IndicatorId" });

            // Beyond the model: the two append-only tables, and the kinds of organization every install starts with.
            migrationBuilder.MakeAppendOnly("audit_entries");
            migrationBuilder.MakeAppendOnly("reporting_report_events");
            migrationBuilder.SeedOrganizationKinds();
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropAppendOnly("audit_entries");
            migrationBuilder.DropAppendOnly("reporting_report_events");

            migrationBuilder.DropTable(
                name: "accounts_access_tokens");

            migrationBuilder.DropTable(
                name: "accounts_memberships");

            migrationBuilder.DropTable(
                name: "accounts_user_claims");

            migrationBuilder.DropTable(
                name: "accounts_user_logins");

            migrationBuilder.DropTable(
                name: "accounts_user_tokens");

            migrationBuilder.DropTable(
                name: "audit_entries");

            migrationBuilder.DropTable(
                name: "dataprotection_keys");

            migrationBuilder.DropTable(
                name: "notifications");

            migrationBuilder.DropTable(
                name: "plans_document_citations");

            migrationBuilder.DropTable(
                name: "plans_evidence_files");

            migrationBuilder.DropTable(
                name: "plans_import_staging");

            migrationBuilder.DropTable(
                name: "plans_source_files");

            migrationBuilder.DropTable(
                name: "reporting_document_counters");

            migrationBuilder.DropTable(
                name: "reporting_issued_documents");

            migrationBuilder.DropTable(
                name: "reporting_narratives");

            migrationBuilder.DropTable(
                name: "reporting_reminders");

            migrationBuilder.DropTable(
                name: "reporting_report_events");

            migrationBuilder.DropTable(
                name: "reporting_schedules");

            migrationBuilder.DropTable(
                name: "reporting_targets");

            migrationBuilder.DropTable(
                name: "reporting_values");

            migrationBuilder.DropTable(
                name: "accounts_users");

            migrationBuilder.DropTable(
                name: "plans_task_progress");

            migrationBuilder.DropTable(
                name: "reporting_indicators");

            migrationBuilder.DropTable(
                name: "reporting_reports");

            migrationBuilder.DropTable(
                name: "plans_task_assignments");

            migrationBuilder.DropTable(
                name: "reporting_periods");

            migrationBuilder.DropTable(
                name: "plans_tasks");

            migrationBuilder.DropTable(
                name: "plans_plans");

            migrationBuilder.DropTable(
                name: "plans_documents");

            migrationBuilder.DropTable(
                name: "organizations_units");

            migrationBuilder.DropTable(
                name: "organizations_areas");

            migrationBuilder.DropTable(
                name: "organizations_kinds");
        }
    }
}
