using Amazon.S3;
using Amazon.S3.Model;

namespace Netwerk.Documents.Storage;

/// <summary>A read-only, seekable view of an S3 object that fetches what is read with ranged GETs, so a download's
/// range request costs only the bytes asked for and the framework's range handling works as it does on a file.</summary>
internal sealed class S3RangeStream(IAmazonS3 s3, string bucket, string key, long length) : Stream
{
    private Stream? _body;
    private long _bodyPosition = -1;

    public override bool CanRead => true;
    public override bool CanSeek => true;
    public override bool CanWrite => false;
    public override long Length => length;
    public override long Position { get; set; }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (Position >= length || buffer.Length == 0) return 0;
        if (_body is null || _bodyPosition != Position)
        {
            // One GET from here to the end; sequential reads continue on it, a seek starts a new one.
            if (_body is not null) await _body.DisposeAsync();
            var response = await s3.GetObjectAsync(new GetObjectRequest { BucketName = bucket, Key = key, ByteRange = new ByteRange(Position, length - 1) },
                cancellationToken);
            _body = response.ResponseStream;
            _bodyPosition = Position;
        }
        var read = await _body.ReadAsync(buffer, cancellationToken);
        Position += read;
        _bodyPosition += read;
        return read;
    }

    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

    public override long Seek(long offset, SeekOrigin origin) => Position = origin switch
    {
        SeekOrigin.Begin => offset,
        SeekOrigin.Current => Position + offset,
        _ => length + offset,
    };

    public override void Flush() { }
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) _body?.Dispose();
        base.Dispose(disposing);
    }
}
