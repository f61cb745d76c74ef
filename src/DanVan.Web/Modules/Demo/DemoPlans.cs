using DanVan.Web.Modules.Plans.Contracts;

namespace DanVan.Web.Modules.Demo;

/// <summary>
/// The two real plans of <c>samples/</c>, imported through the same importer an officer uses: the provincial
/// plan (001) by the Provincial Party Committee, then the commune plan (000) under it. Neither text carries
/// its own number and date; the commune plan cites the provincial one as "Kế hoạch số 103-KH/TU, ngày
/// 01/04/2026", so the demo enters those as the officer would on the review page. Nothing else is corrected.
/// </summary>
internal sealed class DemoPlans(IPlanImport plans)
{
    public const string ProvincialPlanNumber = "103-KH/TU";

    public async Task<int> SeedAsync(Guid province, Guid commune, CancellationToken cancellationToken)
    {
        if (await plans.FindPlanAsync(ProvincialPlanNumber, cancellationToken) is not null)
        {
            return 0;
        }

        var provincial = await plans.ImportAcceptingSuggestionsAsync(
            Sample("001_8ad1ab3e1e29f92b.txt"), province, null, new PlanCorrections(ProvincialPlanNumber, "01/04/2026", "Tuyên Quang"), cancellationToken);
        await plans.ImportAcceptingSuggestionsAsync(
            Sample("000_dc5899a17e609033.txt"), commune, provincial, new PlanCorrections(), cancellationToken);
        return 2;
    }

    private static PlanFile Sample(string fileName)
    {
        using var stream = typeof(DemoPlans).Assembly.GetManifestResourceStream("DanVan.Web.Samples." + fileName)
            ?? throw new InvalidOperationException($"The sample {fileName} is not embedded in the web assembly.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return new PlanFile(fileName, buffer.ToArray(), IsDemo: true);
    }
}
