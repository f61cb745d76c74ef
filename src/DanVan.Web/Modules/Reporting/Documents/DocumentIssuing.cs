using DanVan.Documents.Official;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Infrastructure.Errors;
using DanVan.Web.Infrastructure.Text;
using DanVan.Web.Modules.Organizations;
using DanVan.Web.Modules.Reporting.Indicators;
using DanVan.Web.Modules.Reporting.Reports;
using Microsoft.EntityFrameworkCore;
using DanVan.Web.Modules.Organizations.Contracts;
using DanVan.Web.Modules.Reporting.Contracts;

namespace DanVan.Web.Modules.Reporting.Documents;

/// <summary>
/// Gives a report its official document: the next number of the issuer's counter for reports in the current
/// term (a race between two officers retries, so numbers are never given twice), and the printed page built
/// from the report's content in the Party or the State layout, depending on the kind of issuer.
/// </summary>
public sealed class DocumentIssuing(AppDbContext db, IConfiguration configuration, TimeProvider clock) : IDocumentNumbers
{
    /// <summary>Party bodies issue Party documents (Hướng dẫn 36-HD/VPTW); the others use Nghị định 30/2020.</summary>
    public static bool IsParty(Organization unit) => Organizations.Contracts.OrganizationKindCodes.IsParty(unit);

    /// <summary>Party committees' terms run five years from <c>Documents:TermStartYear</c> (2025 by default: the 2025–2030 term).</summary>
    public string TermOf(DateOnly date)
    {
        var first = configuration.GetValue("Documents:TermStartYear", 2025);
        var start = first + (5 * (int)Math.Floor((date.Year - first) / 5.0));
        return $"{start}-{start + 5}";
    }

    public Task<IssuedDocument?> FindAsync(Guid reportId, CancellationToken cancellationToken) =>
        db.IssuedDocuments.SingleOrDefaultAsync(d => d.ReportId == reportId, cancellationToken);

    /// <summary>Issues the document (first time: a new number) or changes its printed details.</summary>
    public async Task<IssuedDocument> IssueAsync(ReportContext context, DocumentDetails details, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var existing = await FindAsync(context.Report.Id, cancellationToken);
            if (existing is not null)
            {
                existing.Change(details);
                await db.SaveChangesAsync(cancellationToken);
                return existing;
            }

            var term = TermOf(details.IssuedOn);
            var document = IssuedDocument.Issue(context.Report.Id, context.Unit.Id, term, await NextAsync(context.Unit.Id, IssuedDocument.ReportKind, term, cancellationToken), Abbreviation(context.Unit), IsParty(context.Unit), details, clock.GetUtcNow().UtcDateTime);
            db.IssuedDocuments.Add(document);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return document;
            }
            catch (DbUpdateException) when (attempt < 5)
            {
                // Someone took the number (or issued this report's document) meanwhile: read again and retry.
                db.ChangeTracker.Clear();
            }
        }
    }

    public async Task<DocumentNumber> TakeAsync(Guid organizationId, string kind, DateOnly issuedOn, CancellationToken cancellationToken)
    {
        var unit = await db.Organizations.AsNoTracking().Include(o => o.Kind).SingleAsync(o => o.Id == organizationId, cancellationToken);
        var term = TermOf(issuedOn);
        var sequence = await NextAsync(organizationId, kind, term, cancellationToken);
        var symbol = IsParty(unit) ? $"{sequence:00}-{kind}/{Abbreviation(unit)}" : $"{sequence:00}/{kind}-{Abbreviation(unit)}";
        return new DocumentNumber(sequence, term, symbol);
    }

    public async Task<DocumentHeading> HeadingAsync(Guid organizationId, CancellationToken cancellationToken)
    {
        var unit = await db.Organizations.AsNoTracking().Include(o => o.Kind).SingleAsync(o => o.Id == organizationId, cancellationToken);
        var parent = unit.ParentId is { } parentId ? await db.Organizations.AsNoTracking().Include(o => o.Area).Include(o => o.Kind).SingleAsync(o => o.Id == parentId, cancellationToken) : null;
        var (authority, position) = DocumentHeading.SignatureOf(unit.Kind?.Code);
        return new DocumentHeading(IsParty(unit) ? OfficialFormat.Party : OfficialFormat.State, SuperiorBody(parent), unit.Name, authority, position);
    }

    /// <summary>The issuer's counter for the type and term moved on by one, in the context (the caller saves).</summary>
    private async Task<int> NextAsync(Guid organizationId, string kind, string term, CancellationToken cancellationToken)
    {
        var counter = await db.DocumentCounters.SingleOrDefaultAsync(c => c.OrganizationId == organizationId && c.Kind == kind && c.Term == term, cancellationToken);
        if (counter is null)
        {
            counter = DocumentCounter.Start(organizationId, kind, term);
            db.DocumentCounters.Add(counter);
        }

        return counter.Next();
    }

    /// <summary>The printed page: header blocks, the report's content per task, the indicator table, signature and recipients.</summary>
    public async Task<OfficialReport> PageAsync(ReportContext context, IssuedDocument document, CancellationToken cancellationToken)
    {
        var unit = context.Unit;
        var heading = await HeadingAsync(unit.Id, cancellationToken);
        var body = new List<BodyBlock>();
        var narratives = context.Tasks.Select(t => (Task: t, Text: context.Report.Narratives.FirstOrDefault(n => n.TaskId == t.Id)))
            .Where(x => x.Text is not null && !string.IsNullOrWhiteSpace($"{x.Text.Results}{x.Text.Limitations}{x.Text.Proposals}")).ToList();

        // Each task once, by its number and short title, then what was done, the limitations, the proposals.
        if (narratives.Count > 0)
        {
            body.Add(new BodyHeading(1, "I. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ"));
        }

        foreach (var (task, text) in narratives)
        {
            body.Add(new BodyHeading(2, $"{task.Number}. {VietnameseText.ShortTitle(task.Text)}"));
            body.AddRange(Paragraphs(null, text!.Results));
            body.AddRange(Paragraphs("Hạn chế, nguyên nhân: ", text.Limitations));
            body.AddRange(Paragraphs("Đề xuất, kiến nghị: ", text.Proposals));
        }

        var rows = context.Indicators.Where(i => i.Type != IndicatorType.Text)
            .Select(i => (Indicator: i, Value: context.TotalOf(i, context.Report.Values)))
            .Where(x => x.Value is not null)
            .Select(x => (IReadOnlyList<string>)[x.Indicator.Name, x.Indicator.Unit, IndicatorValues.Format(x.Indicator, x.Value, null)])
            .ToList();
        if (rows.Count > 0)
        {
            body.Add(new BodyHeading(1, $"{(narratives.Count > 0 ? "II" : "I")}. MỘT SỐ CHỈ TIÊU"));
            body.Add(new BodyTable(["Chỉ tiêu", "Đơn vị tính", "Kết quả"], rows, $"Số liệu từ {VietnameseText.FormatDate(context.Period.DataFrom)} đến {VietnameseText.FormatDate(context.Period.DataTo)}."));
        }

        return new OfficialReport
        {
            Format = document.IsParty ? OfficialFormat.Party : OfficialFormat.State,
            SuperiorBody = document.IsParty ? heading.SuperiorBody : null,
            IssuingBody = unit.Name,
            Number = document.Symbol,
            Place = document.Place,
            Date = document.IssuedOn,
            Summary = document.Summary,
            Body = body,
            SignatureAuthority = document.SignatureAuthority,
            SignerPosition = document.SignerPosition,
            SignerName = document.SignerName,
            Recipients = document.RecipientLines,
        };
    }

    /// <summary>The lines of one part of a task's account as paragraphs, the first led by <paramref name="lead"/>.</summary>
    private static IEnumerable<BodyParagraph> Paragraphs(string? lead, string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select((line, i) => new BodyParagraph(i == 0 && lead is not null ? lead + line : line));

    /// <summary>"Đảng bộ tỉnh Tuyên Quang" above a commune's Party committee: the Party organization of the superior's area.</summary>
    private static string? SuperiorBody(Organization? parent) => parent switch
    {
        null => null,
        { Kind.Code: "dang-uy", Area: { } area } => $"Đảng bộ {(area.Level == AreaLevel.Province ? "tỉnh" : "xã")} {area.Name}",
        _ => parent.Name,
    };

    /// <summary>The issuer's abbreviation in the symbol: its short name, else the initials of its name ("Đảng ủy" → "ĐU").</summary>
    public static string Abbreviation(Organization unit)
    {
        if (!string.IsNullOrWhiteSpace(unit.ShortName) && unit.ShortName.Length <= 12 && !unit.ShortName.Contains(' ', StringComparison.Ordinal))
        {
            return unit.ShortName;
        }

        // The body's words before the place ("Ủy ban nhân dân | xã Thượng Lâm" → "UBND"), without tone marks but with Đ ("Hội đồng nhân dân" → "HĐND").
        var words = unit.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var body = words.TakeWhile(w => !PlaceWords.Contains(w.ToLower(VietnameseText.Culture))).Take(8).ToList();
        var initials = string.Concat((body.Count > 0 ? body : words.Take(3)).Select(w => Initial(w[0])));
        return initials.Length > 0 ? initials : throw new BusinessRuleException("Đơn vị chưa có tên viết tắt để ghi số văn bản.");
    }

    private static readonly HashSet<string> PlaceWords = new(StringComparer.Ordinal) { "xã", "phường", "thị", "đặc", "tỉnh", "thành", "huyện", "quận", "thôn", "bản" };

    private static char Initial(char letter)
    {
        var upper = char.ToUpper(letter, VietnameseText.Culture);
        return upper == 'Đ' ? upper : VietnameseText.Fold(upper.ToString()).ToUpperInvariant().FirstOrDefault(upper);
    }
}
