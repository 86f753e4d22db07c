namespace DutchTechZone.Etl.Spreadsheets;

/// <summary>Enumerates rows and turns an exception of the underlying reader into one reported failure and an end.</summary>
internal sealed class SafeRows : IDisposable
{
    private readonly IEnumerator<RawRow> _inner;
    private readonly Action<Exception> _onFailure;
    private bool _done;

    public SafeRows(IEnumerable<RawRow> rows, Action<Exception> onFailure)
    {
        _inner = rows.GetEnumerator();
        _onFailure = onFailure;
    }

    public RawRow Current => _inner.Current;

    /// <summary>How many rows (empty ones included) have been enumerated so far.</summary>
    public int Count { get; private set; }

    public bool MoveNext()
    {
        if (_done) return false;
        try
        {
            if (_inner.MoveNext())
            {
                Count++;
                return true;
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            _onFailure(e);
        }

        _done = true;
        return false;
    }

    public void Dispose() => _inner.Dispose();
}
