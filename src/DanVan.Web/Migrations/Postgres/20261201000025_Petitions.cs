using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DanVan.Web.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Petitions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "notifications_letters",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    To = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Subject = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Body = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SentAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    Error = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_notifications_letters", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "petitions_bans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Label = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Until = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_petitions_bans", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "petitions_deadlines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Round = table.Column<int>(type: "integer", nullable: false),
                    AcceptDays = table.Column<int>(type: "integer", nullable: false),
                    Days = table.Column<int>(type: "integer", nullable: false),
                    ComplexDays = table.Column<int>(type: "integer", nullable: false),
                    RemoteDays = table.Column<int>(type: "integer", nullable: false),
                    RemoteComplexDays = table.Column<int>(type: "integer", nullable: false),
                    WorkingDays = table.Column<bool>(type: "boolean", nullable: false),
                    MaxExtensions = table.Column<int>(type: "integer", nullable: false),
                    ExtensionDays = table.Column<int>(type: "integer", nullable: false),
                    Source = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_petitions_deadlines", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "petitions_holidays",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_petitions_holidays", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "petitions_receptions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    StartsAt = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    EndsAt = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    Place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Host = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Scheduled = table.Column<bool>(type: "boolean", nullable: false),
                    Cancelled = table.Column<bool>(type: "boolean", nullable: false),
                    IsDemo = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_petitions_receptions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_petitions_receptions_organizations_units_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "organizations_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "petitions_petitions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Channel = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "vi"),
                    Content = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    AreaId = table.Column<Guid>(type: "uuid", nullable: false),
                    Place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReceivedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ReceivedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ReceptionId = table.Column<Guid>(type: "uuid", nullable: true),
                    AcceptBy = table.Column<DateOnly>(type: "date", nullable: false),
                    NoticeOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AcceptedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Complex = table.Column<bool>(type: "boolean", nullable: false),
                    Remote = table.Column<bool>(type: "boolean", nullable: false),
                    Round = table.Column<int>(type: "integer", nullable: false),
                    Extensions = table.Column<int>(type: "integer", nullable: false),
                    HandlerUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    HandlerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Answer = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    AnswerNumber = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    AnsweredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AnsweredInTime = table.Column<bool>(type: "boolean", nullable: true),
                    Satisfied = table.Column<bool>(type: "boolean", nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    MergedIntoId = table.Column<Guid>(type: "uuid", nullable: true),
                    HasPerson = table.Column<bool>(type: "boolean", nullable: false),
                    SearchKey = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    IsDemo = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_petitions_petitions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_petitions_petitions_accounts_users_HandlerUserId",
                        column: x => x.HandlerUserId,
                        principalTable: "accounts_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_petitions_petitions_organizations_areas_AreaId",
                        column: x => x.AreaId,
                        principalTable: "organizations_areas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_petitions_petitions_organizations_units_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "organizations_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_petitions_petitions_petitions_petitions_MergedIntoId",
                        column: x => x.MergedIntoId,
                        principalTable: "petitions_petitions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_petitions_petitions_petitions_receptions_ReceptionId",
                        column: x => x.ReceptionId,
                        principalTable: "petitions_receptions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "petitions_events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PetitionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    IsPublic = table.Column<bool>(type: "boolean", nullable: false),
                    By = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_petitions_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_petitions_events_petitions_petitions_PetitionId",
                        column: x => x.PetitionId,
                        principalTable: "petitions_petitions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "petitions_files",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PetitionId = table.Column<Guid>(type: "uuid", nullable: false),
                    FileName = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false),
                    ByCitizen = table.Column<bool>(type: "boolean", nullable: false),
                    UploadedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_petitions_files", x => x.Id);
                    table.ForeignKey(
                        name: "FK_petitions_files_petitions_petitions_PetitionId",
                        column: x => x.PetitionId,
                        principalTable: "petitions_petitions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "petitions_people",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PetitionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Phone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Address = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    ConsentedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_petitions_people", x => x.Id);
                    table.ForeignKey(
                        name: "FK_petitions_people_petitions_petitions_PetitionId",
                        column: x => x.PetitionId,
                        principalTable: "petitions_petitions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "petitions_reminders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PetitionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Deadline = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Told = table.Column<int>(type: "integer", nullable: false),
                    SentAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_petitions_reminders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_petitions_reminders_petitions_petitions_PetitionId",
                        column: x => x.PetitionId,
                        principalTable: "petitions_petitions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_notifications_letters_SentAt",
                table: "notifications_letters",
                column: "SentAt");

            migrationBuilder.CreateIndex(
                name: "IX_petitions_bans_Hash",
                table: "petitions_bans",
                column: "Hash");

            migrationBuilder.CreateIndex(
                name: "IX_petitions_deadlines_Kind_Round",
                table: "petitions_deadlines",
                columns: new[] { "Kind", "Round" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_petitions_events_PetitionId_At",
                table: "petitions_events",
                columns: new[] { "PetitionId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_petitions_files_PetitionId",
                table: "petitions_files",
                column: "PetitionId");

            migrationBuilder.CreateIndex(
                name: "IX_petitions_holidays_Date",
                table: "petitions_holidays",
                column: "Date",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_petitions_people_PetitionId",
                table: "petitions_people",
                column: "PetitionId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_petitions_petitions_AreaId_ReceivedOn",
                table: "petitions_petitions",
                columns: new[] { "AreaId", "ReceivedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_petitions_petitions_Code",
                table: "petitions_petitions",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_petitions_petitions_HandlerUserId",
                table: "petitions_petitions",
                column: "HandlerUserId");

            migrationBuilder.CreateIndex(
                name: "IX_petitions_petitions_MergedIntoId",
                table: "petitions_petitions",
                column: "MergedIntoId");

            migrationBuilder.CreateIndex(
                name: "IX_petitions_petitions_OrganizationId_Status",
                table: "petitions_petitions",
                columns: new[] { "OrganizationId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_petitions_petitions_ReceptionId",
                table: "petitions_petitions",
                column: "ReceptionId");

            migrationBuilder.CreateIndex(
                name: "IX_petitions_receptions_Date",
                table: "petitions_receptions",
                column: "Date");

            migrationBuilder.CreateIndex(
                name: "IX_petitions_receptions_OrganizationId_Date",
                table: "petitions_receptions",
                columns: new[] { "OrganizationId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_petitions_reminders_PetitionId_Deadline_Kind",
                table: "petitions_reminders",
                columns: new[] { "PetitionId", "Deadline", "Kind" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "notifications_letters");

            migrationBuilder.DropTable(
                name: "petitions_bans");

            migrationBuilder.DropTable(
                name: "petitions_deadlines");

            migrationBuilder.DropTable(
                name: "petitions_events");

            migrationBuilder.DropTable(
                name: "petitions_files");

            migrationBuilder.DropTable(
                name: "petitions_holidays");

            migrationBuilder.DropTable(
                name: "petitions_people");

            migrationBuilder.DropTable(
                name: "petitions_reminders");

            migrationBuilder.DropTable(
                name: "petitions_petitions");

            migrationBuilder.DropTable(
                name: "petitions_receptions");
        }
    }
}
