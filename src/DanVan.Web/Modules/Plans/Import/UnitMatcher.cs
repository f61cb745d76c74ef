using DanVan.Web.Infrastructure.Text;
using DanVan.Web.Modules.Organizations;

namespace DanVan.Web.Modules.Plans.Import;

/// <summary>
/// Suggests the organizations a unit name of a plan refers to, among the issuing organization's branch.
/// "Ban Tuyên giáo và Dân vận Tỉnh ủy" is one organization, found by its words whatever the diacritics;
/// "các tổ chức chính trị - xã hội xã" is every organization of that kind at commune level. A name that
/// fits nothing is left unmatched for the officer to decide: never guessed.
/// </summary>
public sealed class UnitMatcher
{
    private const double SingleThreshold = 0.8;
    private const double KindThreshold = 0.6;

    private readonly Organization issuer;
    private readonly List<Candidate> candidates;

    /// <param name="branch">The organizations that may receive tasks, with their kind and area loaded.</param>
    public UnitMatcher(Organization issuer, IEnumerable<Organization> branch)
    {
        this.issuer = issuer;
        candidates = branch.Where(o => !o.IsArchived).Select(o => new Candidate(o, NameWords(o), Words.Of(o.Kind?.Name))).ToList();
    }

    public Organization Issuer => issuer;

    public IReadOnlyList<Organization> Suggest(string unitName)
    {
        var words = Words.Of(unitName);
        var level = LevelOf(unitName);
        if (words.Remove("cac") || words.Remove("nhung"))
        {
            return ByKind(words, level);
        }

        words.ExceptWith(LevelWords);
        var best = candidates
            .Where(c => level is null || c.Organization.Area?.Level == level)
            .Select(c => (c.Organization, Score: Score(words, c)))
            .Where(x => x.Score >= SingleThreshold)
            .OrderByDescending(x => x.Score)
            .FirstOrDefault();
        return best.Organization is null ? [] : [best.Organization];
    }

    private double Score(HashSet<string> words, Candidate candidate)
    {
        var recall = Words.Containment(words, candidate.Words);
        var precision = Words.Containment(candidate.Words, words);
        var sameArea = candidate.Organization.AreaId == issuer.AreaId ? 0.05 : 0;
        return recall + (0.1 * precision) + sameArea;
    }

    private List<Organization> ByKind(HashSet<string> words, AreaLevel? level)
    {
        var kind = candidates
            .Where(c => c.KindWords.Count > 0)
            .Select(c => (c.Organization.KindId, Score: Words.Containment(c.KindWords, words)))
            .Where(x => x.Score >= KindThreshold)
            .OrderByDescending(x => x.Score)
            .FirstOrDefault();
        if (kind.KindId == Guid.Empty)
        {
            return [];
        }

        return candidates
            .Where(c => c.Organization.KindId == kind.KindId && c.Organization.Id != issuer.Id)
            .Where(c => level is null || c.Organization.Area?.Level == level)
            .Select(c => c.Organization)
            .ToList();
    }

    /// <summary>"… tỉnh", "… xã", "các xã, phường" name a level; "xã hội" does not.</summary>
    private static AreaLevel? LevelOf(string unitName)
    {
        var folded = VietnameseText.Fold(unitName).TrimEnd(' ', '.', ';', ':');
        if (folded.EndsWith(" tinh", StringComparison.Ordinal) || folded.Contains("cua tinh", StringComparison.Ordinal))
        {
            return AreaLevel.Province;
        }

        if (folded.EndsWith(" xa", StringComparison.Ordinal) || folded.EndsWith(" phuong", StringComparison.Ordinal) || folded.Contains("cac xa", StringComparison.Ordinal))
        {
            return AreaLevel.Commune;
        }

        return null;
    }

    /// <summary>An organization's words without its place name, which plans leave out ("Hội Nông dân xã").</summary>
    private static HashSet<string> NameWords(Organization organization)
    {
        var words = Words.Of(organization.Name);
        words.UnionWith(Words.Of(organization.ShortName));
        words.ExceptWith(Words.Of(organization.Area?.Name));
        words.ExceptWith(LevelWords);
        return words;
    }

    private static readonly string[] LevelWords = ["tinh", "xa", "phuong", "cua"];

    private sealed record Candidate(Organization Organization, HashSet<string> Words, HashSet<string> KindWords);
}
