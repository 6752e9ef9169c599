namespace Netwerk.ServiceDefaults.Idempotency;

/// <summary>What Redis holds for an idempotency key: the fingerprint of the request that first used it and, once that
/// request was answered, its answer, to give again. Without <see cref="Status"/> the first request is still running.</summary>
internal sealed record StoredResponse(string Fingerprint, int? Status = null, string? ContentType = null, string? Location = null, byte[]? Body = null)
{
    public bool Answered => Status is not null;
}
