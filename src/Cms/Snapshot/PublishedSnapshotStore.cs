namespace Federation.Cms.Snapshot;

/// <summary>Holds the current <see cref="PublishedSnapshot"/>; readers take it, the dispatcher swaps it.</summary>
public sealed class PublishedSnapshotStore
{
    PublishedSnapshot current = PublishedSnapshot.Empty;

    /// <summary>The snapshot to read now. Keep the reference for the whole request.</summary>
    public PublishedSnapshot Current => Volatile.Read(ref current);

    /// <summary>Whether a snapshot has been loaded from the store since start-up.</summary>
    public bool IsLoaded { get; private set; }

    internal void Swap(PublishedSnapshot next)
    {
        Volatile.Write(ref current, next);
        IsLoaded = true;
    }
}
