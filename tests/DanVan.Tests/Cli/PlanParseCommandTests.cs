using System.Text.Json;
using DanVan.Tests.Documents;
using DanVan.Web.Cli;

namespace DanVan.Tests.Cli;

public sealed class PlanParseCommandTests
{
    [Fact]
    public async Task Plan_parse_json_prints_the_contract_on_stdout()
    {
        var output = new StringWriter();
        var code = await CliApp.RunAsync(["plan", "parse", Path.Combine(Samples.Folder, Samples.CommunePlan), "--json"], output, new StringWriter());
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output.ToString());
        Assert.Equal("Kế hoạch", json.RootElement.GetProperty("kind").GetString());
        Assert.Equal("103-KH/TU", json.RootElement.GetProperty("citations")[2].GetProperty("number").GetString());
    }

    [Fact]
    public async Task Plan_parse_of_a_bad_file_exits_non_zero_with_the_reason()
    {
        var file = Path.Combine(Path.GetTempPath(), $"danvan-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(file, "Chỉ là một lời nhắn, không phải kế hoạch.");
        var error = new StringWriter();
        var code = await CliApp.RunAsync(["plan", "parse", file], new StringWriter(), error);
        Assert.NotEqual(0, code);
        Assert.Contains("tên loại văn bản", error.ToString(), StringComparison.Ordinal);
        Assert.NotEqual(0, await CliApp.RunAsync(["plan", "parse", file + ".missing"], new StringWriter(), error));
    }
}
