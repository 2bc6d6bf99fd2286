namespace CrampSignals.Cli.Cohorts;

/// <summary>
/// The declared types of the Parquet metadata's fields (parquet-format's parquet.thrift), as Parquet.Net reads them:
/// by field id, whatever type the bytes announce. <see cref="ParquetFooterCheck"/> holds the bytes to these types so that
/// its walk and Parquet.Net's read see the same lengths.
/// </summary>
internal static class Thrift
{
    public const int Bool = 1, Byte = 3, I16 = 4, I32 = 5, I64 = 6, Double = 7, Binary = 8, List = 9, Struct = 12;

    /// <summary>A field's wire type; for lists the element type, and for structs (or lists of them) the struct's name.</summary>
    public sealed record Field(int Wire, string? Struct = null, int Element = 0);

    /// <summary>Booleans are announced as true (1) or false (2).</summary>
    public static bool Matches(int wire, int declared) => declared == Bool ? wire is 1 or 2 : wire == declared;

    private static Field S(string name) => new(Struct, name);
    private static Field L(int element, string? name = null) => new(List, name, element);
    private static readonly Field B = new(Bool), I8 = new(Byte), I_16 = new(I16), I_32 = new(I32), I_64 = new(I64), D = new(Double), Bin = new(Binary);

    private static Dictionary<int, Field> Of(params Field[] fields) => fields.Select((f, i) => (f, i)).ToDictionary(x => x.i + 1, x => x.f);

    public static readonly Dictionary<string, Dictionary<int, Field>> Structs = new(StringComparer.Ordinal)
    {
        ["FileMetaData"] = Of(I_32, L(Struct, "SchemaElement"), I_64, L(Struct, "RowGroup"), L(Struct, "KeyValue"), Bin, L(Struct, "ColumnOrder"), S("EncryptionAlgorithm"), Bin),
        ["SchemaElement"] = Of(I_32, I_32, I_32, Bin, I_32, I_32, I_32, I_32, I_32, S("LogicalType")),
        ["KeyValue"] = Of(Bin, Bin),
        ["RowGroup"] = Of(L(Struct, "ColumnChunk"), I_64, I_64, L(Struct, "SortingColumn"), I_64, I_64, I_16),
        ["SortingColumn"] = Of(I_32, B, B),
        ["ColumnChunk"] = Of(Bin, I_64, S("ColumnMetaData"), I_64, I_32, I_64, I_32, S("ColumnCryptoMetaData"), Bin),
        ["ColumnMetaData"] = Of(I_32, L(I32), L(Binary), I_32, I_64, I_64, I_64, L(Struct, "KeyValue"), I_64, I_64, I_64, S("Statistics"),
            L(Struct, "PageEncodingStats"), I_64, I_32, S("SizeStatistics"), S("GeospatialStatistics")),
        ["Statistics"] = Of(Bin, Bin, I_64, I_64, Bin, Bin, B, B),
        ["PageEncodingStats"] = Of(I_32, I_32, I_32),
        ["SizeStatistics"] = Of(I_64, L(I64), L(I64)),
        ["GeospatialStatistics"] = Of(S("BoundingBox"), L(I32)),
        ["BoundingBox"] = Of(D, D, D, D, D, D, D, D),
        ["ColumnOrder"] = Of(S("Empty")),
        ["LogicalType"] = Of(S("Empty"), S("Empty"), S("Empty"), S("Empty"), S("DecimalType"), S("Empty"), S("TimeType"), S("TimestampType"),
            S("Empty"), S("IntType"), S("Empty"), S("Empty"), S("Empty"), S("Empty"), S("Empty"), S("Empty"), S("GeometryType"), S("GeographyType")),
        ["DecimalType"] = Of(I_32, I_32),
        ["TimeType"] = Of(B, S("TimeUnit")),
        ["TimestampType"] = Of(B, S("TimeUnit")),
        ["TimeUnit"] = Of(S("Empty"), S("Empty"), S("Empty")),
        ["IntType"] = Of(I8, B),
        ["GeometryType"] = Of(Bin),
        ["GeographyType"] = Of(Bin, I_32),
        ["EncryptionAlgorithm"] = Of(S("AesGcm"), S("AesGcm")),
        ["AesGcm"] = Of(Bin, Bin, B),
        ["ColumnCryptoMetaData"] = Of(S("Empty"), S("EncryptionWithColumnKey")),
        ["EncryptionWithColumnKey"] = Of(L(Binary), Bin),
        ["PageHeader"] = Of(I_32, I_32, I_32, I_32, S("DataPageHeader"), S("Empty"), S("DictionaryPageHeader"), S("DataPageHeaderV2")),
        ["DataPageHeader"] = Of(I_32, I_32, I_32, I_32, S("Statistics")),
        ["DictionaryPageHeader"] = Of(I_32, I_32, B),
        ["DataPageHeaderV2"] = Of(I_32, I_32, I_32, I_32, I_32, I_32, B, S("Statistics")),
        ["Empty"] = [],
    };
}
