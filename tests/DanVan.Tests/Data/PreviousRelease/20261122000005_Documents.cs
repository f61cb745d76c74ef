using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace DanVan.Tests.Data.PreviousRelease;

/// <summary>Official documents of reports and the issuers' number counters (per document type per term).</summary>
[DbContext(typeof(PreviousReleaseContext))]
[Migration("20261122000005_Documents")]
public sealed class DocumentsTables : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "reporting_document_counters",
            columns: table => new
            {
                OrganizationId = table.Column<Guid>(nullable: false),
                Kind = table.Column<string>(maxLength: 10, nullable: false),
                Term = table.Column<string>(maxLength: 20, nullable: false),
                Last = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_reporting_document_counters", x => new { x.OrganizationId, x.Kind, x.Term });
                table.ForeignKey("FK_reporting_document_counters_organizations_units_OrganizationId", x => x.OrganizationId, "organizations_units", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "reporting_issued_documents",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                ReportId = table.Column<Guid>(nullable: false),
                OrganizationId = table.Column<Guid>(nullable: false),
                Kind = table.Column<string>(maxLength: 10, nullable: false),
                Term = table.Column<string>(maxLength: 20, nullable: false),
                Sequence = table.Column<int>(nullable: false),
                Symbol = table.Column<string>(maxLength: 60, nullable: false),
                IsParty = table.Column<bool>(nullable: false),
                IssuedOn = table.Column<DateOnly>(nullable: false),
                Place = table.Column<string>(maxLength: 100, nullable: false),
                Summary = table.Column<string>(maxLength: 500, nullable: false),
                SignatureAuthority = table.Column<string>(maxLength: 100, nullable: true),
                SignerPosition = table.Column<string>(maxLength: 100, nullable: true),
                SignerName = table.Column<string>(maxLength: 100, nullable: true),
                Recipients = table.Column<string>(maxLength: 6200, nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_reporting_issued_documents", x => x.Id);
                table.ForeignKey("FK_reporting_issued_documents_reporting_reports_ReportId", x => x.ReportId, "reporting_reports", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_reporting_issued_documents_organizations_units_OrganizationId", x => x.OrganizationId, "organizations_units", "Id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateIndex("IX_reporting_issued_documents_ReportId", "reporting_issued_documents", "ReportId", unique: true);
        migrationBuilder.CreateIndex("IX_reporting_issued_documents_OrganizationId_Kind_Term_Sequence", "reporting_issued_documents", ["OrganizationId", "Kind", "Term", "Sequence"], unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("reporting_issued_documents");
        migrationBuilder.DropTable("reporting_document_counters");
    }
}
