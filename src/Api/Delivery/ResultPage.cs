namespace Federation.Api.Delivery;

/// <summary>One page of a longer list.</summary>
/// <typeparam name="T">The kind of entry.</typeparam>
/// <param name="Items">The entries on this page.</param>
/// <param name="Number">The page number, from 1.</param>
/// <param name="Size">Entries per page.</param>
/// <param name="TotalCount">Entries in the whole list.</param>
public sealed record ResultPage<T>(IReadOnlyList<T> Items, int Number, int Size, int TotalCount)
{
    /// <summary>Number of pages, at least 1.</summary>
    public int PageCount => Math.Max(1, (TotalCount + Size - 1) / Size);

    /// <summary>Whether a page follows.</summary>
    public bool HasNext => Number < PageCount;

    /// <summary>Whether a page precedes.</summary>
    public bool HasPrevious => Number > 1;
}

/// <summary>Cuts lists into pages.</summary>
public static class ResultPage
{
    /// <summary>Cuts page <paramref name="number"/> of <paramref name="size"/> out of <paramref name="all"/>; a page past the end is empty.</summary>
    public static ResultPage<T> Of<T>(IReadOnlyList<T> all, int number, int size)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        number = Math.Max(1, number);
        var skip = (long)(number - 1) * size;
        IReadOnlyList<T> items = skip >= all.Count ? [] : [.. all.Skip((int)skip).Take(size)];
        return new ResultPage<T>(items, number, size, all.Count);
    }
}
