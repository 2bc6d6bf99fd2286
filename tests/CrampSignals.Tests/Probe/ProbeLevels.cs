using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CrampSignals.Tests.Probe;

/// <summary>
/// Where detection stands on the independent generator where it is short of the 0.9 bar or of none, held as ceilings
/// so that any regression fails. The numbers live in <c>Probe/probe-levels.json</c> (copied next to the test assembly);
/// this class says what each one counts and why it stands where it does.
/// </summary>
/// <remarks>
/// <para>When a change moves a level, rewrite the file from a measurement instead of editing it by hand:</para>
/// <code>
/// CRAMPSIGNALS_REWRITE_LEVELS=1 dotnet test tests/CrampSignals.Tests -c Release --filter "FullyQualifiedName~CrampSignals.Tests.Probe"
/// </code>
/// <para>With the variable set to 1, each probe test that holds a level writes the count it measured into the
/// source tree's <c>tests/CrampSignals.Tests/Probe/probe-levels.json</c> instead of asserting it; the diff of that
/// file is what to review and commit. Without it the tests compare against the copy in the output folder, so rebuild
/// after a rewrite.</para>
/// <para>Pace surges have no level: they meet the 0.9 bar both against what the runners did and against every surge
/// the generator planted (some planted surges come out under +10 % of true effort, the runner's own pace wander working
/// against the plan), and <see cref="ProbeEvaluationTests"/> asserts the bar.</para>
/// </remarks>
internal static class ProbeLevels
{
    /// <summary>The environment variable that makes the probe tests write their levels instead of asserting them.</summary>
    public const string RewriteVariable = "CRAMPSIGNALS_REWRITE_LEVELS";

    /// <summary>The levels file, in <c>Probe/</c> of the source tree and of the output folder.</summary>
    public const string FileName = "probe-levels.json";

    /// <summary>
    /// Control recordings with a false pace surge. Zero because a rise must be answered by the body: a GPS drift
    /// excursion that the watch's own speed follows, with cadence and heart rate flat through it, is no surge.
    /// </summary>
    public static int ControlRecordingsWithSurges => Level(nameof(ControlRecordingsWithSurges));

    /// <summary>
    /// False surges at 1 Hz that are no real rise in the runner's effort. What is left, each as its GPX export has it:
    /// Drift 24 (noisy GPS reads +12 % where true effort rose 2 %, cadence up two steps a minute) and Surge 28 (a 3.4 %
    /// climb the fitted hill response over-credits).
    /// </summary>
    public static int UnexplainedFalseSurges => Level(nameof(UnexplainedFalseSurges));

    /// <summary>
    /// False surges on the steady-climb family (30 runs, six recordings each). The bar is none, but cadence must rise by
    /// 0.085 of the speed rise and every rise must show in cadence or heart rate; what is left are climbs whose fitted
    /// response over-credits the hill while cadence or heart rate wander up enough to confirm it.
    /// </summary>
    public static int SteadyClimbFalseSurges => Level(nameof(SteadyClimbFalseSurges));

    /// <summary>
    /// Limp-to-the-line recordings (of 180) read as a cool-down. Zero because a hobble slower than running speed, which
    /// the track marks as walking, counts as part of the effort when it holds one pace and one stride from a cramp struck
    /// during the effort to a dead stop.
    /// </summary>
    public static int LimpsReadAsCoolDown => Level(nameof(LimpsReadAsCoolDown));

    /// <summary>
    /// Runs (of 720: every family, 1 Hz and smart) whose FIT and GPX exports give different kinds. Zero because the
    /// speed comes from the fixes in every file that has them, read at the FIT protocol's resolution, and the GPX holds
    /// the watch's own fixes, so both exports give one track. Two estimates of one speed still differ by a little
    /// (10th-90th percentile of the warm-up measure's difference about −0.5 to +0.3 points, see
    /// <see cref="ProbeSpeedAgreementTests"/>): a measure within a point of its line could fall on either side in two
    /// files of one run, which is spread, not bias.
    /// </summary>
    public static int FormatDisagreements => Level(nameof(FormatDisagreements));

    /// <summary>True when <see cref="RewriteVariable"/> is 1: the tests write what they measured instead of asserting.</summary>
    public static bool Rewriting => Environment.GetEnvironmentVariable(RewriteVariable) == "1";

    /// <summary>
    /// Asserts that <paramref name="measured"/> is at most the level <paramref name="name"/> (one of this class's
    /// properties); when <see cref="Rewriting"/>, writes it into the source tree's levels file instead.
    /// </summary>
    public static void AtMost(string name, int measured, string message)
    {
        if (Rewriting)
        {
            Write(name, measured);
            return;
        }
        var level = Level(name);
        Assert.True(measured <= level, $"{message} (level {level} in {FileName}; {RewriteVariable}=1 rewrites it, docs/testing.md)");
    }

    private static readonly Lazy<IReadOnlyDictionary<string, int>> Levels = new(Read);
    private static readonly Lock WriteLock = new();

    // Two-space indents as .editorconfig asks of JSON, and the comment's text as written, not escaped.
    private static readonly JsonSerializerOptions Indented =
        new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static int Level(string name) =>
        Levels.Value.TryGetValue(name, out var level) ? level : throw new InvalidOperationException($"{FileName} has no level {name}");

    private static IReadOnlyDictionary<string, int> Read()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Probe", FileName);
        var root = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        // "$comment" and any other "$" key are notes for the reader, not levels.
        return root.Where(p => !p.Key.StartsWith('$'))
            .ToDictionary(p => p.Key, p => p.Value!.GetValue<int>(), StringComparer.Ordinal);
    }

    private static void Write(string name, int measured)
    {
        lock (WriteLock)
        {
            var path = SourcePath();
            var root = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
            if (!root.ContainsKey(name)) throw new InvalidOperationException($"{path} has no level {name}");
            root[name] = measured;
            File.WriteAllText(path, root.ToJsonString(Indented) + "\n");
        }
    }

    /// <summary>The levels file in the source tree: <c>tests/CrampSignals.Tests/Probe/</c> below the solution's folder.</summary>
    private static string SourcePath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (!File.Exists(Path.Combine(dir.FullName, "CrampSignals.sln"))) continue;
            return Path.Combine(dir.FullName, "tests", "CrampSignals.Tests", "Probe", FileName);
        }
        throw new InvalidOperationException(
            $"{RewriteVariable}=1 rewrites the source tree's {FileName}, but no CrampSignals.sln is above {AppContext.BaseDirectory}");
    }
}
