using System.Reflection;
using CrampSignals.Reports.Json;
using CrampSignals.Signals;

namespace CrampSignals.Tests.Export;

public class JsonKeyTests
{
    [Theory]
    [InlineData("minutes_above_threshold", "minutesAboveThreshold")]
    [InlineData("first_part_pace_s_per_km", "firstPartPaceSPerKm")]
    [InlineData("wbgt_c", "wbgtC")]
    [InlineData("speed_ratio", "speedRatio")]
    [InlineData("decouplingPct", "decouplingPct")]
    public void Snake_case_names_become_camel_case_keys(string name, string key) => Assert.Equal(key, ReportJsonModel.Key(name));

    [Fact]
    public void Every_declared_evidence_name_gives_its_own_camel_case_key()
    {
        var names = typeof(EvidenceNames).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToList();
        Assert.True(names.Count > 20, $"only {names.Count} evidence names found");
        var keys = names.Select(ReportJsonModel.Key).ToList();
        Assert.All(keys, k => Assert.Matches("^[a-z][a-zA-Z0-9]*$", k));
        Assert.Equal(keys.Count, keys.Distinct(StringComparer.Ordinal).Count());
    }
}
