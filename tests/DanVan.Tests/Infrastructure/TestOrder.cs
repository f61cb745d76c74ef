using Xunit.Abstractions;
using Xunit.Sdk;

[assembly: TestCaseOrderer("DanVan.Tests.Infrastructure.TestOrder", "DanVan.Tests")]

namespace DanVan.Tests.Infrastructure;

/// <summary>
/// The tests of a class share one database (the class fixture's), so a test must not depend on what another test of
/// its class changed or left. They run in the order of their names, or in the reverse order with
/// <c>DANVAN_TEST_ORDER=reverse</c>: a suite green both ways has no test that reads what another of its class wrote,
/// since every pair of tests runs in both relative orders (README, "Tests").
/// </summary>
public sealed class TestOrder : ITestCaseOrderer
{
    public IEnumerable<TTestCase> OrderTestCases<TTestCase>(IEnumerable<TTestCase> testCases)
        where TTestCase : ITestCase
    {
        var byName = testCases.OrderBy(t => t.TestMethod.Method.Name, StringComparer.Ordinal).ThenBy(t => t.DisplayName, StringComparer.Ordinal);
        return Environment.GetEnvironmentVariable("DANVAN_TEST_ORDER") == "reverse" ? byName.Reverse() : byName;
    }
}
