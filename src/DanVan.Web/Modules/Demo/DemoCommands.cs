using System.CommandLine;
using DanVan.Web.Cli;
using DanVan.Web.Infrastructure.Data;
using DanVan.Web.Modules.Demo.Generate;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Modules.Demo;

/// <summary><c>demo seed</c> and <c>demo generate</c>.</summary>
internal static class DemoCommands
{
    public static Command Create(CliContext cli)
    {
        var demo = new Command("demo", "Demo data.");
        var seed = new Command("seed", "Load the demo province (idempotent).");
        seed.SetAction(async (_, ct) => await cli.WithServicesAsync("cli:demo-seed", async sp =>
        {
            await sp.GetRequiredService<AppDbContext>().MigrateDanVanAsync(ct);
            var added = await sp.GetRequiredService<DemoSeeder>().SeedAsync(ct);
            await cli.Output.WriteLineAsync($"Demo data: {added} records added.");
            return 0;
        }));
        demo.Subcommands.Add(seed);
        demo.Subcommands.Add(GenerateCommand(cli));
        return demo;
    }

    private static Command GenerateCommand(CliContext cli)
    {
        var output = cli.Output;
        var provinces = new Option<int>("--provinces") { Description = "Provinces (1–59).", DefaultValueFactory = _ => 34 };
        var communes = new Option<int>("--communes") { Description = "Communes, spread over the provinces.", DefaultValueFactory = _ => 3321 };
        var units = new Option<int>("--units-per-commune") { Description = "Reporting units per commune, the commune's Party committee included.", DefaultValueFactory = _ => 25 };
        var indicators = new Option<int>("--indicators") { Description = "Indicators (every tenth a ratio of the two before it).", DefaultValueFactory = _ => 40 };
        var periods = new Option<int>("--periods") { Description = "Reporting periods, each with one report per unit.", DefaultValueFactory = _ => 2 };
        var generate = new Command("generate", "Generate a synthetic national dataset to measure consolidation (bulk copy on PostgreSQL).") { provinces, communes, units, indicators, periods };
        generate.SetAction(async (result, ct) => await cli.WithServicesAsync("cli:demo-generate", async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            await db.MigrateDanVanAsync(ct);
            var size = new DatasetSize(result.GetValue(provinces), result.GetValue(communes), result.GetValue(units), result.GetValue(indicators), result.GetValue(periods));
            await output.WriteLineAsync($"Generating {size.Communes * size.UnitsPerCommune:N0} reporting units × {size.Periods} periods × {size.Indicators} indicators…");
            var summary = await sp.GetRequiredService<NationalDataset>().GenerateAsync(size, output, ct);
            await output.WriteLineAsync(summary);
            return 0;
        }));
        return generate;
    }
}
