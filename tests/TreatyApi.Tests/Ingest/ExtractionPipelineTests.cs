using TreatyApi.Ingest;

namespace TreatyApi.Tests.Ingest;

/// <summary>The ingest's extraction threads: results in input order, a bounded window, failures in order.</summary>
public sealed class ExtractionPipelineTests
{
    [Fact]
    public void Results_come_in_input_order_whatever_order_the_threads_finish_in()
    {
        // Uneven work: later inputs often finish before earlier ones.
        using var pipeline = new ExtractionPipeline<int, int>(
            Enumerable.Range(0, 500),
            i =>
            {
                Thread.SpinWait((i * 7919 % 13) * 1000);
                return i * 2;
            },
            threads: 3,
            window: 6
        );
        Assert.Equal(Enumerable.Range(0, 500).Select(i => i * 2), pipeline.InOrder());
    }

    [Fact]
    public void No_more_than_the_window_is_taken_ahead_of_the_consumer()
    {
        var taken = 0;
        using var pipeline = new ExtractionPipeline<int, int>(
            Enumerable
                .Range(0, 100)
                .Select(i =>
                {
                    Interlocked.Increment(ref taken);
                    return i;
                }),
            i => i,
            threads: 2,
            window: 4
        );
        using var results = pipeline.InOrder().GetEnumerator();
        Assert.True(results.MoveNext());
        Thread.Sleep(200); // the threads have had time to run ahead as far as they may
        Assert.InRange(Volatile.Read(ref taken), 1, 1 + 4);
    }

    [Fact]
    public void A_failure_is_rethrown_as_thrown_when_the_consumer_reaches_its_input()
    {
        using var pipeline = new ExtractionPipeline<int, int>(
            Enumerable.Range(0, 50),
            i => i is 20 or 30 ? throw new IngestException($"input {i}") : i,
            threads: 2,
            window: 8
        );
        var seen = new List<int>();
        var e = Assert.Throws<IngestException>(() =>
        {
            foreach (var r in pipeline.InOrder())
                seen.Add(r);
        });
        Assert.Equal("input 20", e.Message);
        Assert.Equal(Enumerable.Range(0, 20), seen);
    }

    [Fact]
    public void A_listing_that_fails_is_met_after_the_inputs_listed_before_it()
    {
        using var pipeline = new ExtractionPipeline<int, int>(
            Enumerable.Range(0, 50).Select(i => i == 12 ? throw new IOException("folder gone") : i),
            i => i,
            threads: 3,
            window: 5
        );
        var seen = new List<int>();
        var e = Assert.Throws<IOException>(() =>
        {
            foreach (var r in pipeline.InOrder())
                seen.Add(r);
        });
        Assert.Equal("folder gone", e.Message);
        Assert.Equal(Enumerable.Range(0, 12), seen);
    }

    [Fact]
    public void A_consumer_that_stops_early_or_never_starts_leaves_no_thread_working()
    {
        var done = 0;
        var pipeline = new ExtractionPipeline<int, int>(
            Enumerable.Range(0, 10_000),
            i => Interlocked.Increment(ref done),
            threads: 2,
            window: 4
        );
        pipeline.Dispose();
        Thread.Sleep(200);
        var after = Volatile.Read(ref done);
        Thread.Sleep(200);
        Assert.Equal(after, Volatile.Read(ref done));
        Assert.InRange(after, 0, 4 + 2);
    }
}
