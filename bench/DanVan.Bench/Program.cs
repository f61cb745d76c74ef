using System.Diagnostics;
using DanVan.Documents;
using DanVan.Documents.Plans;

// Prints how fast DanVan reads plans: `dotnet run -c Release --project bench/DanVan.Bench [-- SECONDS]`,
// or how fast it consolidates: `… -- consolidation [--communes N …]` (see ConsolidationBench), or what pages weigh
// on a slow link: `… -- link` (see LinkBench), or whether the public form survives a flood: `… -- flood` (see FloodBench).
// Figures only; no test depends on timing.
if (args.Length > 0 && args[0] == "link")
{
    return await DanVan.Bench.LinkBench.RunAsync();
}

if (args.Length > 0 && args[0] == "flood")
{
    return await DanVan.Bench.FloodBench.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] == "consolidation")
{
    return await DanVan.Bench.ConsolidationBench.RunAsync(args[1..]);
}

var seconds = args.Length > 0 && double.TryParse(args[0], System.Globalization.CultureInfo.InvariantCulture, out var s) ? s : 3;
var samples = FindSamples();
Console.WriteLine($"Plan parse throughput ({seconds:0.#} s per file, {Environment.ProcessorCount} cores, .NET {Environment.Version})");
Console.WriteLine($"{"file",-28} {"bytes",8} {"parses/s",10} {"MB/s",8} {"µs/parse",10}");
foreach (var file in samples)
{
    var bytes = File.ReadAllBytes(file);
    for (var i = 0; i < 20; i++)
    {
        PlanParser.Parse(DocumentReader.ReadText(file, bytes));
    }

    var runs = 0;
    var clock = Stopwatch.StartNew();
    while (clock.Elapsed.TotalSeconds < seconds)
    {
        PlanParser.Parse(DocumentReader.ReadText(file, bytes));
        runs++;
    }

    var elapsed = clock.Elapsed.TotalSeconds;
    var mbPerSecond = bytes.Length * (double)runs / elapsed / (1024 * 1024);
    Console.WriteLine($"{Path.GetFileName(file),-28} {bytes.Length,8} {runs / elapsed,10:0} {mbPerSecond,8:0.00} {elapsed * 1e6 / runs,10:0}");
}

return 0;

static string[] FindSamples()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        var folder = Path.Combine(dir.FullName, "samples");
        if (File.Exists(Path.Combine(dir.FullName, "DanVan.slnx")) && Directory.Exists(folder))
        {
            return Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).ToArray();
        }
    }

    throw new InvalidOperationException("samples/ not found");
}
