namespace DanVan.Tests.Documents;

/// <summary>The two real plans kept in <c>samples/</c>, found from the test binaries up to the repository root.</summary>
public static class Samples
{
    public const string ProvincialPlan = "001_8ad1ab3e1e29f92b.txt";
    public const string CommunePlan = "000_dc5899a17e609033.txt";

    public static string Folder
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "DanVan.slnx")))
                {
                    return Path.Combine(dir.FullName, "samples");
                }
            }

            throw new InvalidOperationException("Repository root (DanVan.slnx) not found.");
        }
    }

    public static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(Folder, name));

    public static string Text(string name) => File.ReadAllText(Path.Combine(Folder, name));
}
