using System.Runtime.ExceptionServices;

namespace TreatyApi.Ingest;

/// <summary>
/// Runs <c>work</c> on each input on a fixed number of threads of its own and yields the results in input order,
/// with at most <c>window</c> inputs taken ahead of the consumer (so memory does not grow with the corpus).
/// <para>
/// Why its own threads rather than Task.Run on the thread pool (used before, session 10): a 10,000-document ingest is
/// CPU-bound on every core (README → Performance), and the pool, seeing work items queued while the writer blocks,
/// grew to 10–12 workers on 2 cores that spun (sched_yield) between items; a worker per core that blocks on a
/// semaphore when the window is full does the same work with no spinning and no thread injection.
/// </para>
/// An exception in <c>work</c> is rethrown, as thrown, when the consumer reaches that input, as a sequential loop
/// would: the first malformed file named is the first in order. Stopping the enumeration (or an exception in the
/// consumer) stops the threads after the input each is working on; so does Dispose, for a consumer that failed
/// before it began.
/// </summary>
internal sealed class ExtractionPipeline<TIn, TOut> : IDisposable
{
    private readonly IEnumerator<TIn> _inputs;
    private readonly Func<TIn, TOut> _work;
    private readonly SemaphoreSlim _window;
    private readonly Queue<Slot> _ordered = new();
    private readonly object _gate = new();
    private readonly int _threads;
    private int _running;
    private volatile bool _stopped;
    private bool _released;

    /// <summary>An input's result, filled by a worker and read once by the consumer.</summary>
    private sealed class Slot
    {
        public TOut? Result;
        public ExceptionDispatchInfo? Error;
        public readonly ManualResetEventSlim Done = new(false, spinCount: 1);
    }

    public ExtractionPipeline(IEnumerable<TIn> inputs, Func<TIn, TOut> work, int threads, int window)
    {
        _inputs = inputs.GetEnumerator();
        _work = work;
        _window = new SemaphoreSlim(window);
        _running = _threads = threads;
        for (var i = 0; i < threads; i++)
            new Thread(Work) { IsBackground = true, Name = "extract " + i }.Start();
    }

    private void Work()
    {
        try
        {
            while (true)
            {
                _window.Wait();
                Slot slot;
                TIn input = default!;
                lock (_gate)
                {
                    if (_stopped)
                    {
                        _window.Release();
                        return;
                    }
                    // Taken and queued under one lock: the queue's order is the inputs' order.
                    slot = new Slot();
                    try
                    {
                        if (!_inputs.MoveNext())
                        {
                            _stopped = true;
                            _window.Release();
                            return;
                        }
                        input = _inputs.Current;
                    }
                    catch (Exception e)
                    {
                        // The listing failed (a folder gone while listed): the consumer meets it in order, after the
                        // inputs taken before it, and no thread takes another.
                        slot.Error = ExceptionDispatchInfo.Capture(e);
                        _stopped = true;
                    }
                    _ordered.Enqueue(slot);
                    Monitor.PulseAll(_gate);
                }
                if (slot.Error is null)
                {
                    try
                    {
                        slot.Result = _work(input);
                    }
                    catch (Exception e)
                    {
                        slot.Error = ExceptionDispatchInfo.Capture(e);
                    }
                }
                slot.Done.Set();
            }
        }
        finally
        {
            lock (_gate)
            {
                if (--_running == 0)
                    _inputs.Dispose();
                Monitor.PulseAll(_gate);
            }
        }
    }

    public IEnumerable<TOut> InOrder()
    {
        try
        {
            while (true)
            {
                Slot? slot = null;
                lock (_gate)
                {
                    while (_ordered.Count == 0 && _running > 0)
                        Monitor.Wait(_gate);
                    if (_ordered.Count > 0)
                        slot = _ordered.Dequeue();
                }
                if (slot is null)
                    yield break;
                slot.Done.Wait();
                slot.Done.Dispose();
                _window.Release();
                slot.Error?.Throw();
                yield return slot.Result!;
            }
        }
        finally
        {
            Dispose();
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (_stopped && _released)
                return;
            _stopped = _released = true;
        }
        // Workers blocked on a full window wake, see the stop and leave.
        _window.Release(_threads);
    }
}
