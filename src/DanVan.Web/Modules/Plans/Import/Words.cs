using DanVan.Web.Infrastructure.Text;

namespace DanVan.Web.Modules.Plans.Import;

/// <summary>Names and texts as sets of folded words ("Ủy ban" → "uy", "ban"), for matching that ignores diacritics and case.</summary>
internal static class Words
{
    public static HashSet<string> Of(string? text) =>
        VietnameseText.Fold(text).Split(Separators, StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);

    /// <summary>Dice coefficient of two word sets: 1 when equal, 0 when disjoint.</summary>
    public static double Dice(IReadOnlySet<string> a, IReadOnlySet<string> b) =>
        a.Count + b.Count == 0 ? 0 : 2.0 * a.Count(b.Contains) / (a.Count + b.Count);

    /// <summary>How much of <paramref name="part"/> is found in <paramref name="whole"/>.</summary>
    public static double Containment(IReadOnlySet<string> part, IReadOnlySet<string> whole) =>
        part.Count == 0 ? 0 : (double)part.Count(whole.Contains) / part.Count;

    private static readonly char[] Separators = [.. " \t\n\r,.;:()-–“”\"'/&+".ToCharArray()];
}
