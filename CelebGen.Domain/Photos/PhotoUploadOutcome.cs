namespace CelebGen.Domain.Photos;

/// <summary>What happened to one file of an upload batch; the page lists one line per file.</summary>
public sealed record PhotoUploadOutcome(string FileName, PhotoUploadStatus Status, string Message, ReferencePhoto? Photo = null)
{
    public bool Succeeded => Status is PhotoUploadStatus.Added or PhotoUploadStatus.Duplicate;
}

public enum PhotoUploadStatus
{
    Added,

    /// <summary>The same bytes were uploaded before: nothing new is stored, the existing photo is kept.</summary>
    Duplicate,

    Rejected,
}

/// <summary>One file handed to <see cref="PhotoLibrary.UploadAsync"/>; the content is read once, up to the size limit.</summary>
public sealed record PhotoUpload(string FileName, ReadOnlyMemory<byte> Content);
