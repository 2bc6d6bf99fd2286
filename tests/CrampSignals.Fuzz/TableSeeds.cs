using CrampSignals.Cli.Cohorts;
using CrampSignals.Formats.Fit;
using Parquet.Schema;

namespace CrampSignals.Fuzz;

/// <summary>
/// The cohort tables the reduce step reads (<c>cohort --from</c>), as fuzz seeds: the tables and manifest the tool writes for
/// a small generated cohort (two runners, two runs each, cramps during the runs), and the same tables as other tools write
/// them: int64 counts, doubles where ints belong, NaN and infinite values, strings where times belong, columns missing or
/// added. A seed's name ends in <c>~</c> and the file it stands for in the result folder.
/// </summary>
public static class TableSeeds
{
    private static readonly Lazy<IReadOnlyDictionary<string, byte[]>> GoodFiles = new(MakeGood);

    /// <summary>The files of the good result folder, by name (the four tables and <c>cohort.json</c>).</summary>
    public static IReadOnlyDictionary<string, byte[]> Good => GoodFiles.Value;

    /// <summary>The file of the result folder a table seed stands for.</summary>
    public static string Target(string seedName) => seedName[(seedName.LastIndexOf('~') + 1)..];

    /// <summary>The tool's own tables and manifest, then the foreign ones.</summary>
    public static IEnumerable<SeedFile> All()
    {
        foreach (var (name, bytes) in Good.OrderBy(g => g.Key, StringComparer.Ordinal))
            yield return new SeedFile("tables~" + name, name.EndsWith(".json", StringComparison.Ordinal) ? InputKind.Manifest : InputKind.Table, bytes);
        foreach (var seed in Foreign()) yield return seed;
    }

    /// <summary>The good tables rewritten as other tools write them (each one edit of one table).</summary>
    public static IEnumerable<SeedFile> Foreign()
    {
        SeedFile Edit(string variant, string table, Action<List<EditColumn>> edit) =>
            new($"foreign-{variant}~{table}", InputKind.Table, ParquetEdit.Rewrite(Good[table], edit));

        // DuckDB and pandas write counts as int64, often required (no nulls).
        yield return Edit("int64-counts", CohortTables.Runs, c =>
        {
            foreach (var name in c.Where(x => x.Values is int?[]).Select(x => x.Field.Name).ToList())
                c.Replace(name, x => new EditColumn(new DataField<long>(name), ParquetEdit.Map<int?, long>(x, v => v ?? 0)));
        });
        yield return Edit("double-counts", CohortTables.Runs, c =>
            c.Replace("cramps", x => new EditColumn(new DataField<double?>("cramps"), ParquetEdit.Map<int?, double?>(x, v => v))));
        // NaN in every other row (pandas' missing value), infinity in the rest.
        yield return Edit("nonfinite-durations", CohortTables.Runs, c => c.Replace("duration_s", x => new EditColumn(x.Field,
            Enumerable.Range(0, x.Values.Length).Select(i => (double?)(i % 2 == 0 ? double.NaN : double.PositiveInfinity)).ToArray())));
        yield return Edit("infinite-elapsed", CohortTables.Cramps, c => c.Replace("elapsed_s", x => new EditColumn(x.Field,
            ParquetEdit.Map<double?, double?>(x, _ => double.PositiveInfinity))));
        yield return Edit("huge-elapsed", CohortTables.Cramps, c => c.Replace("elapsed_s", x => new EditColumn(x.Field,
            ParquetEdit.Map<double?, double?>(x, _ => 1e15))));
        yield return Edit("string-times", CohortTables.Cramps, c => c.Replace("time_utc", x => new EditColumn(new DataField<string>("time_utc", nullable: true),
            ParquetEdit.Map<DateTime?, string?>(x, v => v?.ToString("O", System.Globalization.CultureInfo.InvariantCulture)))));
        yield return Edit("missing-column", CohortTables.Findings, c => c.RemoveAll(x => x.Field.Name == "start_s"));
        yield return Edit("extra-columns", CohortTables.Runs, c =>
        {
            var n = c[0].Values.Length;
            c.Add(new EditColumn(new DataField<string>("note", nullable: true), Enumerable.Repeat<string?>("from another tool", n).ToArray()));
            c.Add(new EditColumn(new DataField<double?>("score"), Enumerable.Repeat<double?>(double.NaN, n).ToArray()));
        });
        yield return Edit("float-ratios", CohortTables.CrampTraces, c =>
        {
            c.Replace("ratio", x => new EditColumn(new DataField<float?>("ratio"), ParquetEdit.Map<double?, float?>(x, v => (float?)v)));
            c.Replace("offset_s", x => new EditColumn(new DataField<long?>("offset_s"), ParquetEdit.Map<int?, long?>(x, v => v)));
        });
    }

    private static IReadOnlyDictionary<string, byte[]> MakeGood()
    {
        var dir = Directory.CreateTempSubdirectory("crampsignals-table-seeds-");
        try
        {
            var runs = Path.Combine(dir.FullName, "runs");
            var scenarios = new[] { ("hot-long-run", 5), ("surges", 3), ("cadence-fatigue", 7), ("fast-start-race", 2) };
            for (var i = 0; i < scenarios.Length; i++)
            {
                var folder = Directory.CreateDirectory(Path.Combine(runs, $"runner-{i / 2 + 1}")).FullName;
                var name = Path.Combine(folder, $"run-{i % 2 + 1}");
                File.WriteAllBytes(name + ".fit", FitActivityWriter.ToBytes(FuzzSeeds.ShortRun(scenarios[i].Item1, scenarios[i].Item2, 3000)));
                // Cramps late enough in the 50-minute run to have earlier windows of their own run.
                File.WriteAllText(name + ".cramps.csv", i % 2 == 0 ? "elapsed,muscle,side,severity\n0:45:00,calf,left,6\n" : "elapsed,muscle,side,severity\n0:30:00,hamstring,right,4\n0:48:00,calf,left,7\n");
            }
            var tables = Path.Combine(dir.FullName, "tables");
            CohortStudy.Run([runs], new CrampSignals.Cohorts.CohortOptions { MaxParallelism = 2 }, tables);
            return Directory.EnumerateFiles(tables).ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes, StringComparer.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
