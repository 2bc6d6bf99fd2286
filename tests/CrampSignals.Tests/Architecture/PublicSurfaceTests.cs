using CrampSignals.Activities;

namespace CrampSignals.Tests.Architecture;

/// <summary>The package's public surface stays small and deliberate: everything public is a promise to its users.</summary>
public class PublicSurfaceTests
{
    /// <summary>Public types the package may export; the PublicAPI baseline pins their members.</summary>
    private const int MaxPublicTypes = 100;

    [Fact]
    public void The_package_exports_at_most_100_public_types()
    {
        var exported = typeof(Activity).Assembly.GetExportedTypes().Select(t => t.FullName).Order().ToArray();
        Assert.True(exported.Length <= MaxPublicTypes,
            $"{exported.Length} public types (at most {MaxPublicTypes}):\n{string.Join("\n", exported)}");
    }

    [Theory]
    [InlineData("CrampSignals.Text.XmlTextBuffer")]
    [InlineData("CrampSignals.Text.IsoTime")]
    [InlineData("CrampSignals.Signals.ISignalDetector")]
    [InlineData("CrampSignals.Signals.Detectors.PaceSurgeDetector")]
    [InlineData("CrampSignals.Advice.Units")]
    [InlineData("CrampSignals.Advice.RuleIds")]
    [InlineData("CrampSignals.Advice.FindingRules")]
    [InlineData("CrampSignals.Formats.CumulativeDistance")]
    public void Plumbing_is_internal(string typeName)
    {
        var type = typeof(Activity).Assembly.GetType(typeName);
        Assert.NotNull(type);
        Assert.False(type.IsVisible, $"{typeName} is public");
    }

    [Fact]
    public void The_package_holds_no_generator()
    {
        var generators = typeof(Activity).Assembly.GetTypes().Where(t => t.Namespace?.StartsWith("CrampSignals.Simulation", StringComparison.Ordinal) == true).ToArray();
        Assert.Empty(generators);
    }

    [Fact]
    public void The_tool_sees_only_the_public_api()
    {
        var friends = typeof(Activity).Assembly.GetCustomAttributes(typeof(System.Runtime.CompilerServices.InternalsVisibleToAttribute), false)
            .Cast<System.Runtime.CompilerServices.InternalsVisibleToAttribute>().Select(a => a.AssemblyName).ToArray();
        Assert.NotEmpty(friends);
        Assert.DoesNotContain("CrampSignals.Cli", friends);
    }
}
