namespace DanVan.Documents.Plans;

/// <summary>Builds the section tree from numbered paragraphs: I → 1 → 1.1 → a); bullets and plain text are paragraphs of the open section.</summary>
internal static class SectionTreeBuilder
{
    private sealed class Node(Paragraph source, int rank, string path)
    {
        public Paragraph Source { get; } = source;

        public int Rank { get; } = rank;

        public string Path { get; } = path;

        public List<string> Paragraphs { get; } = [];

        public List<Node> Children { get; } = [];

        public bool LastWasBullet { get; set; }

        public Section ToSection() =>
            new(Source.Label!, Source.Text, Paragraphs, Children.Select(c => c.ToSection()).ToList()) { Path = Path, Line = Source.Line };
    }

    public static List<Section> Build(IEnumerable<Paragraph> body)
    {
        var roots = new List<Node>();
        var stack = new Stack<Node>();
        foreach (var paragraph in body)
        {
            // An article ("Điều 1.") sits at the number level; the items "1.", "2." inside an open article are its clauses.
            var rank = paragraph.Marker switch
            {
                Marker.Roman => 10,
                Marker.Article => 20,
                Marker.Number => stack.Any(n => n.Source.Marker == Marker.Article) ? 25 : 20,
                Marker.Decimal => 30,
                Marker.Letter => 40,
                _ => 0,
            };
            if (rank == 0)
            {
                if (stack.TryPeek(out var open))
                {
                    // Plain text after an item's bullets closes the item: it speaks for the whole section.
                    if (paragraph.Marker == Marker.None && open.LastWasBullet && open.Rank > 10)
                    {
                        while (stack.Count > 1)
                        {
                            stack.Pop();
                        }

                        open = stack.Peek();
                    }

                    open.Paragraphs.Add(paragraph.Text);
                    open.LastWasBullet = paragraph.Marker == Marker.Bullet;
                }

                continue;
            }

            while (stack.TryPeek(out var top) && top.Rank >= rank)
            {
                stack.Pop();
            }

            var parent = stack.TryPeek(out var p) ? p : null;
            var last = paragraph.Label!.Split('.')[^1];
            var node = new Node(paragraph, rank, parent is null ? paragraph.Label! : parent.Path + "." + last);
            (parent?.Children ?? roots).Add(node);
            stack.Push(node);
        }

        return roots.Select(r => r.ToSection()).ToList();
    }

    public static IEnumerable<Section> Flatten(IEnumerable<Section> sections) =>
        sections.SelectMany(s => new[] { s }.Concat(Flatten(s.Children)));
}
