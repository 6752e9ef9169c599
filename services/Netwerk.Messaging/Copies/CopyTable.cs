using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Netwerk.Messaging.Copies;

/// <summary>Where a copy type is stored, read from the EF model: the table, its columns and its key, quoted for SQL.</summary>
internal sealed class CopyTable
{
    private CopyTable(string name, IReadOnlyList<(IProperty Property, string Column)> columns, IReadOnlyList<IProperty> key)
    {
        Name = name;
        Columns = columns;
        Key = key;
    }

    public string Name { get; }
    public IReadOnlyList<(IProperty Property, string Column)> Columns { get; }
    public IReadOnlyList<IProperty> Key { get; }

    public IEnumerable<string> KeyColumns => Columns.Where(c => Key.Contains(c.Property)).Select(c => c.Column);
    public IEnumerable<string> OtherColumns => Columns.Where(c => !Key.Contains(c.Property)).Select(c => c.Column);

    public string ColumnOf(string propertyName) => Columns.Single(c => c.Property.Name == propertyName).Column;

    public static CopyTable Of<TCopy>(DbContext db)
    {
        var entity = db.Model.FindEntityType(typeof(TCopy)) ?? throw new InvalidOperationException($"{typeof(TCopy).Name} is not in the model.");
        var table = entity.GetTableName()!;
        var store = StoreObjectIdentifier.Table(table, entity.GetSchema());
        var columns = entity.GetProperties().Select(p => (p, Quote(p.GetColumnName(store)!))).ToList();
        var name = entity.GetSchema() is { } schema ? $"{Quote(schema)}.{Quote(table)}" : Quote(table);
        return new CopyTable(name, columns, entity.FindPrimaryKey()!.Properties);
    }

    /// <summary>One array parameter per column, rows in the given order, for <c>unnest</c>.</summary>
    public object[] ColumnArrays<TCopy>(IReadOnlyList<TCopy> rows) =>
    [
        .. Columns.Select(column =>
        {
            var converter = column.Property.GetTypeMapping().Converter;
            var type = converter?.ProviderClrType ?? column.Property.ClrType;
            var values = Array.CreateInstance(type, rows.Count);
            for (var i = 0; i < rows.Count; i++)
            {
                var value = column.Property.GetGetter().GetClrValue(rows[i]!);
                if (converter is not null) value = converter.ConvertToProvider(value);
                // Npgsql writes timestamptz from UTC values only.
                values.SetValue(value is DateTimeOffset time ? time.ToUniversalTime() : value, i);
            }
            return (object)values;
        }),
    ];

    /// <summary>The key's values of a row, to find rows that are the same row.</summary>
    public string KeyOf(object row) => string.Join("|", Key.Select(p => p.GetGetter().GetClrValue(row)));

    private static string Quote(string identifier) => $"\"{identifier.Replace("\"", "\"\"")}\"";
}
