using GraphQL.Types;

namespace Federation.Api.GraphQL.Schema;

/// <summary>A calendar day, e.g. <c>2026-05-01</c>, under the name GraphQL clients expect.</summary>
internal sealed class DateType : DateOnlyGraphType
{
    public DateType()
    {
        Name = "Date";
        Description = "A calendar day in ISO 8601, e.g. 2026-05-01; days are Shanghai days.";
    }
}

/// <summary>A moment with its offset, e.g. <c>2026-05-01T09:30:00+08:00</c>, under the name GraphQL clients expect.</summary>
internal sealed class DateTimeType : DateTimeOffsetGraphType
{
    public DateTimeType()
    {
        Name = "DateTime";
        Description = "A moment in ISO 8601 with its offset, e.g. 2026-05-01T09:30:00+08:00; times are given in Shanghai time.";
    }
}
