using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace DanVan.Tests.Data.PreviousRelease;

/// <summary>In-app notifications with their e-mail outbox, and the record of reminders sent per report.</summary>
[DbContext(typeof(PreviousReleaseContext))]
[Migration("20261122000004_Reminders")]
public sealed class RemindersTables : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "notifications",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                UserId = table.Column<string>(maxLength: 450, nullable: false),
                Title = table.Column<string>(maxLength: 300, nullable: false),
                Body = table.Column<string>(maxLength: 2000, nullable: false),
                Link = table.Column<string>(maxLength: 500, nullable: true),
                CreatedAt = table.Column<DateTime>(nullable: false),
                ReadAt = table.Column<DateTime>(nullable: true),
                EmailTo = table.Column<string>(maxLength: 256, nullable: true),
                EmailSentAt = table.Column<DateTime>(nullable: true),
                EmailAttempts = table.Column<int>(nullable: false),
                EmailError = table.Column<string>(maxLength: 500, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_notifications", x => x.Id);
                table.ForeignKey("FK_notifications_accounts_users_UserId", x => x.UserId, "accounts_users", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "reporting_reminders",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                ReportId = table.Column<Guid>(nullable: false),
                Kind = table.Column<string>(maxLength: 20, nullable: false),
                DueOn = table.Column<DateOnly>(nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                Recipients = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_reporting_reminders", x => x.Id);
                table.ForeignKey("FK_reporting_reminders_reporting_reports_ReportId", x => x.ReportId, "reporting_reports", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex("IX_notifications_UserId_ReadAt", "notifications", ["UserId", "ReadAt"]);
        migrationBuilder.CreateIndex("IX_notifications_EmailSentAt", "notifications", "EmailSentAt");
        migrationBuilder.CreateIndex("IX_reporting_reminders_ReportId_Kind", "reporting_reminders", ["ReportId", "Kind"], unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("reporting_reminders");
        migrationBuilder.DropTable("notifications");
    }
}
