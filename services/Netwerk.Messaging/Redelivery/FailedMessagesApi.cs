using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Netwerk.Messaging.Audit;
using Netwerk.ServiceDefaults.Auth;
using Netwerk.ServiceDefaults.Pagination;
using Netwerk.ServiceDefaults.ProblemDetails;
using Netwerk.ServiceDefaults.Time;
using RabbitMQ.Client.Exceptions;

namespace Netwerk.Messaging.Redelivery;

/// <summary>`/api/operations/{service}/failed-messages`: administrators see what this service's consumers gave up on
/// and send it again, one message or a whole endpoint's. Each service answers for its own queues (it knows their names
/// and owns their consumers); the web app asks all of them.</summary>
public static class FailedMessagesApi
{
    public static void MapFailedMessagesApi(this IEndpointRouteBuilder routes)
    {
        var prefix = $"/api/operations/{routes.ServiceProvider.GetRequiredService<ErrorQueues>().Service}/failed-messages";
        var failed = routes.MapGroup(prefix).WithTags("Operations")
            .RequireAuthorization(NetwerkPolicies.Admin);
        failed.MapGet("", ListAsync).WithName("ListFailedMessages")
            .WithSummary("This service's receive endpoints with the number of messages in each error queue and the first `?limit=` of them.");
        failed.MapPost("/{endpoint}/redeliver", RedeliverAllAsync).WithName("RedeliverEndpoint")
            .WithSummary("Move every message of the endpoint's error queue back to its queue.");
        failed.MapPost("/{endpoint}/{messageId}/redeliver", RedeliverOneAsync).WithName("RedeliverMessage")
            .WithSummary("Move one message back to its endpoint's queue; 404 when it is no longer in the error queue.");
    }

    private static async Task<Results<Ok<FailedEndpoints>, ValidationProblem, ProblemHttpResult>> ListAsync(ErrorQueues queues, int? limit,
        CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var size = PageRequest.ParseLimit(limit, errors);
        if (errors.Any) return TypedResults.ValidationProblem(errors.ToDictionary());
        try
        {
            return TypedResults.Ok(new FailedEndpoints(await queues.ListAsync(size, cancellationToken)));
        }
        catch (Exception exception) when (BrokerAway(exception))
        {
            return Unavailable();
        }
    }

    private static async Task<Results<Ok<Redelivered>, NotFound<Microsoft.AspNetCore.Mvc.ProblemDetails>, ProblemHttpResult>> RedeliverAllAsync(
        string endpoint, HttpContext context, ErrorQueues queues, DbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!queues.Knows(endpoint)) return NoSuchEndpoint();
        try
        {
            var moved = await queues.RedeliverAllAsync(endpoint, cancellationToken);
            if (moved.Count > 0)
            {
                await AuditAsync(db, context, clock, new AuditTarget("endpoint", endpoint, endpoint), $"{moved.Count} berichten");
            }
            return TypedResults.Ok(moved);
        }
        catch (Exception exception) when (BrokerAway(exception))
        {
            return Unavailable();
        }
    }

    private static async Task<Results<Ok<Redelivered>, NotFound<Microsoft.AspNetCore.Mvc.ProblemDetails>, ProblemHttpResult>> RedeliverOneAsync(
        string endpoint, string messageId, HttpContext context, ErrorQueues queues, DbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!queues.Knows(endpoint)) return NoSuchEndpoint();
        try
        {
            if (await queues.RedeliverAsync(endpoint, messageId, cancellationToken) is not { } moved)
            {
                return TypedResults.NotFound(new Microsoft.AspNetCore.Mvc.ProblemDetails
                {
                    Status = StatusCodes.Status404NotFound,
                    Title = "This message is not in the endpoint's error queue.",
                    Detail = "It may have been sent again already.",
                });
            }
            await AuditAsync(db, context, clock, new AuditTarget("message", messageId, endpoint), null);
            return TypedResults.Ok(moved);
        }
        catch (Exception exception) when (BrokerAway(exception))
        {
            return Unavailable();
        }
    }

    /// <summary>The broker has the messages and the database the log, so the two cannot share a transaction: the entry is
    /// written once the broker confirmed the move, and a redelivery that failed is not logged as done.</summary>
    private static Task AuditAsync(DbContext db, HttpContext context, TimeProvider clock, AuditTarget target, string? detail)
    {
        db.AddAuditEntry(AuditActor.Of(context), "message.redelivered", target, clock.Now(), detail);
        // Saved even when the client went away meanwhile: the messages were moved.
        return db.SaveChangesAsync(CancellationToken.None);
    }

    private static bool BrokerAway(Exception exception) =>
        exception is BrokerUnreachableException or AlreadyClosedException or OperationInterruptedException or ConnectFailureException;

    private static NotFound<Microsoft.AspNetCore.Mvc.ProblemDetails> NoSuchEndpoint() => TypedResults.NotFound(new Microsoft.AspNetCore.Mvc.ProblemDetails
    {
        Status = StatusCodes.Status404NotFound,
        Title = "This service has no receive endpoint of this name.",
    });

    private static ProblemHttpResult Unavailable() => TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable,
        title: "The message broker cannot be reached.", detail: "Try again when it is back; a message the broker did not confirm as moved is still in the error queue.");
}

/// <summary>The answer of the list: every receive endpoint of the service, also those with an empty error queue.</summary>
public sealed record FailedEndpoints(IReadOnlyList<FailedEndpoint> Endpoints);
