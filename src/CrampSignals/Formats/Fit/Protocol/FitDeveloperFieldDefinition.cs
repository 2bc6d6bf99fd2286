namespace CrampSignals.Formats.Fit.Protocol;

/// <summary>One developer field of a definition message.</summary>
/// <param name="Number">The developer's field number (a <c>field_description.field_definition_number</c>).</param>
/// <param name="Size">Size in bytes.</param>
/// <param name="DeveloperDataIndex">The developer (a <c>developer_data_id.developer_data_index</c>).</param>
/// <param name="Offset">Offset of the field in the data message's payload.</param>
internal readonly record struct FitDeveloperFieldDefinition(byte Number, byte Size, byte DeveloperDataIndex, int Offset);
