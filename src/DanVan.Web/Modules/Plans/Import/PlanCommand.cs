using DanVan.Web.Infrastructure.Text;
using System.CommandLine;
using DanVan.Documents;
using DanVan.Documents.Plans;
using DanVan.Web.Cli;

namespace DanVan.Web.Modules.Plans.Import;

/// <summary><c>plan parse FILE [--json]</c>: what DanVan reads in a plan document, without touching the database.</summary>
internal static class PlanCommand
{
    public static Command Create(CliContext cli)
    {
        var (output, error) = (cli.Output, cli.Error);
        var file = new Argument<FileInfo>("FILE") { Description = "A plan as .txt (UTF-8 or UTF-16) or .docx." };
        var json = new Option<bool>("--json") { Description = "Print the structure as JSON (a stable contract: fields are added, never renamed)." };
        var parse = new Command("parse", "Read a plan document and print its structure.") { file, json };
        parse.SetAction(async (result, ct) =>
        {
            var info = result.GetValue(file)!;
            if (!info.Exists)
            {
                await error.WriteLineAsync($"File not found: {info.FullName}");
                return 2;
            }

            if (info.Length > DocumentReader.MaxFileBytes)
            {
                await error.WriteLineAsync($"Lỗi: tệp quá lớn ({info.Length / 1024 / 1024} MB); giới hạn là {DocumentReader.MaxFileBytes / 1024 / 1024} MB.");
                return 4;
            }

            PlanDocument plan;
            try
            {
                var bytes = await File.ReadAllBytesAsync(info.FullName, ct);
                plan = PlanParser.Parse(DocumentReader.ReadText(info.Name, bytes));
            }
            catch (DocumentException e)
            {
                await error.WriteLineAsync("Lỗi: " + e.Message);
                return 4;
            }

            await output.WriteLineAsync(result.GetValue(json) ? PlanJson.Serialize(plan) : Describe(plan));
            return 0;
        });
        var plan = new Command("plan", "Plan documents.");
        plan.Subcommands.Add(parse);
        return plan;
    }

    private static string Describe(PlanDocument plan)
    {
        var lines = new List<string>
        {
            $"{plan.Kind ?? "(kind?)"} {plan.Number ?? "(no number)"} — {plan.Issuer ?? "(issuer?)"}, {plan.Place ?? "(place?)"}, {plan.Date?.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture) ?? "(date?)"}",
            plan.Title ?? "(no title)",
            "",
            $"Citations ({plan.Citations.Count}):",
        };
        lines.AddRange(plan.Citations.Select(c => $"  {c.Kind} {c.Number} {c.Date?.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture)} {c.Issuer}"));
        lines.Add($"Sections:");
        lines.AddRange(SectionLines(plan.Sections, 1));
        lines.Add($"Tasks ({plan.Tasks.Count}):");
        lines.AddRange(plan.Tasks.Select(t => $"  {t.Id}  {Short(t.Text)} [{t.Bullets.Count} bullets]"));
        lines.Add($"Assignments ({plan.Assignments.Count}):");
        lines.AddRange(plan.Assignments.Select(a => $"  {a.Section}  {a.Unit} ({a.Role}) — {a.Tasks.Count} tasks"));
        lines.Add($"Reporting: {string.Join(", ", plan.Reporting.Select(r => r.Kind))}");
        lines.Add($"Footnotes: {plan.Footnotes.Count}; recipients: {plan.Recipients.Count}");
        lines.Add($"Signer: {plan.Signer?.Authority} / {plan.Signer?.Title} / {plan.Signer?.Name}");
        lines.AddRange(plan.Warnings.Select(w => "Warning: " + w));
        return string.Join(Environment.NewLine, lines);
    }

    private static IEnumerable<string> SectionLines(IEnumerable<Section> sections, int depth) =>
        sections.SelectMany(s => new[] { $"{new string(' ', depth * 2)}{s.Label}. {Short(s.Title)}" }.Concat(SectionLines(s.Children, depth + 1)));

    private static string Short(string text) => VietnameseText.Shorten(text, 90);
}
