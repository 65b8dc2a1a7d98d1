using Microsoft.AspNetCore.Http.HttpResults;
using TreatyApi.Actors;
using TreatyApi.Extraction;
using TreatyApi.Infrastructure;
using TreatyApi.Treaties;

namespace TreatyApi.Search;

public static class SearchApi
{
    public static RouteGroupBuilder MapSearch(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/search").WithTags("Search").ValidateRequests().ProducesProblem(500);
        group
            .MapGet("", Search)
            .Validate(new SearchQueryValidator())
            .WithCsv<SearchHit>("search")
            .WithName("search")
            .WithSummary("Full-text search over statements, limits, deadlines and documents")
            .WithDescription(
                "Ranked by bm25. Every word must match; what a person types is searched as words, never run as FTS "
                    + "syntax."
            )
            .WithResponseExample(
                (db, _) =>
                    new SearchPage(
                        "missile defense",
                        SearchQueries.Page(
                            db,
                            SearchText.QueryWords("missile defense"),
                            null,
                            null,
                            null,
                            null,
                            null,
                            0,
                            2
                        ),
                        null
                    )
            );
        return group;
    }

    public static Ok<SearchPage> Search([AsParameters] SearchQuery query, Snapshot snapshot, HttpRequest request)
    {
        var words = SearchText.QueryWords(query.Q!);
        var offset = SearchQueries.OffsetOf(Paging.Key(request));
        var take = Paging.LimitOf(query.Limit);
        using var db = snapshot.Open();
        var treaty = query.Treaty is null ? null : TreatyQueries.Resolve(db, query.Treaty) ?? query.Treaty;
        var speaker = query.Speaker is null ? null : ActorQueries.Resolve(db, query.Speaker) ?? query.Speaker;
        var items = SearchQueries.Page(
            db,
            words,
            query.Kind,
            treaty,
            speaker,
            query.From?.ToString(),
            query.To?.ToString(),
            offset,
            take + 1,
            query.Sort
        );
        var next = Paging.Trim(items, take, request, _ => SearchQueries.CursorKey(offset + take));
        return TypedResults.Ok(new SearchPage(query.Q!, items, next));
    }
}
