using Parquet;
using Parquet.Schema;

namespace CrampSignals.Fuzz;

/// <summary>One column of a table being edited: its field (name and type) and its values, one per row.</summary>
public sealed record EditColumn(DataField Field, Array Values);

/// <summary>
/// Rewrites a Parquet table column by column, as other tools would have written it: other types (int64 counts, doubles
/// where ints belong, strings where times belong), NaN and infinities, missing and extra columns.
/// </summary>
public static class ParquetEdit
{
    /// <summary>Every column of the table in <paramref name="bytes"/> (one row group, the tool's own tables).</summary>
    public static List<EditColumn> Read(byte[] bytes) => ReadAsync(bytes).GetAwaiter().GetResult();

    /// <summary>The table made of <paramref name="columns"/>, as one row group.</summary>
    public static byte[] Write(IReadOnlyList<EditColumn> columns) => WriteAsync(columns).GetAwaiter().GetResult();

    /// <summary>The table with its columns passed through <paramref name="edit"/>.</summary>
    public static byte[] Rewrite(byte[] bytes, Action<List<EditColumn>> edit)
    {
        var columns = Read(bytes);
        edit(columns);
        return Write(columns);
    }

    /// <summary>Replaces the column named <paramref name="name"/> with <paramref name="make"/> of its values.</summary>
    public static void Replace(this List<EditColumn> columns, string name, Func<EditColumn, EditColumn> make)
    {
        var i = columns.FindIndex(c => c.Field.Name == name);
        if (i < 0) throw new ArgumentException($"no column {name}");
        columns[i] = make(columns[i]);
    }

    /// <summary>The values of a column converted one by one.</summary>
    public static TOut[] Map<TIn, TOut>(EditColumn column, Func<TIn, TOut> convert) => [.. ((TIn[])column.Values).Select(convert)];

    private static async Task<List<EditColumn>> ReadAsync(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        await using var reader = await ParquetReader.CreateAsync(stream);
        using var group = reader.OpenRowGroupReader(0);
        var n = (int)group.RowCount;
        var columns = new List<EditColumn>();
        foreach (var f in reader.Schema.DataFields)
        {
            var type = Nullable.GetUnderlyingType(f.ClrType) ?? f.ClrType;
            Array values;
            if (type == typeof(string) || type == typeof(ReadOnlyMemory<char>)) { var v = new string?[n]; await group.ReadAsync(f, v.AsMemory()); values = v; }
            else if (type == typeof(double)) { var v = new double?[n]; await group.ReadAsync(f, v.AsMemory()); values = v; }
            else if (type == typeof(int)) { var v = new int?[n]; await group.ReadAsync(f, v.AsMemory()); values = v; }
            else if (type == typeof(long)) { var v = new long?[n]; await group.ReadAsync(f, v.AsMemory()); values = v; }
            else if (type == typeof(bool)) { var v = new bool?[n]; await group.ReadAsync(f, v.AsMemory()); values = v; }
            else if (type == typeof(DateTime)) { var v = new DateTime?[n]; await group.ReadAsync(f, v.AsMemory()); values = v; }
            else throw new NotSupportedException($"column {f.Name}: {type.Name}");
            columns.Add(new EditColumn(f, values));
        }
        return columns;
    }

    private static async Task<byte[]> WriteAsync(IReadOnlyList<EditColumn> columns)
    {
        using var stream = new MemoryStream();
        await using (var writer = await ParquetWriter.CreateAsync(new ParquetSchema(columns.Select(c => (Field)c.Field)), stream))
        {
            using var group = writer.CreateRowGroup();
            foreach (var (f, values) in columns)
            {
                switch (values)
                {
                    case string?[] v: await group.WriteAsync(f, v); break;
                    case double?[] v: await group.WriteAsync<double>(f, v); break;
                    case double[] v: await group.WriteAsync<double>(f, v); break;
                    case float?[] v: await group.WriteAsync<float>(f, v); break;
                    case int?[] v: await group.WriteAsync<int>(f, v); break;
                    case long?[] v: await group.WriteAsync<long>(f, v); break;
                    case long[] v: await group.WriteAsync<long>(f, v); break;
                    case bool?[] v: await group.WriteAsync<bool>(f, v); break;
                    case DateTime?[] v: await group.WriteAsync<DateTime>(f, v); break;
                    default: throw new NotSupportedException(values.GetType().Name);
                }
            }
        }
        return stream.ToArray();
    }
}
