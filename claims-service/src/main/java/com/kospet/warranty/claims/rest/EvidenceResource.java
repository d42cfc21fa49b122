package com.kospet.warranty.claims.rest;

import com.kospet.warranty.claims.domain.Caller;
import com.kospet.warranty.claims.service.EvidenceService;
import com.kospet.warranty.model.problem.ProblemDetail;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/** The pictures and videos that show a claim's problem (DP-2): the customer uploads them, the customer and staff read them. */
@Path("/api/claims/{id}/evidence")
@Tag(name = "Evidence")
@SecurityRequirement(name = "jwt")
@APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
@APIResponse(responseCode = "403", description = "This role may not do that", content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
@APIResponse(responseCode = "404", description = "No such claim (or evidence) visible to the caller", content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
public class EvidenceResource {

    /** Longer client file names are cut; the name is only shown to people. */
    static final int MAX_FILE_NAME = 255;

    private final EvidenceService evidence;
    private final CallerResolver callers;
    private final CustomerRateLimits limits;

    public EvidenceResource(EvidenceService evidence, CallerResolver callers, CustomerRateLimits limits) {
        this.limits = limits;
        this.evidence = evidence;
        this.callers = callers;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("customer")
    @Operation(summary = "Upload pictures or videos of the problem (customer)",
            description = "multipart/form-data with one or more file parts, under any part name. The type of each file is sniffed "
                    + "from its bytes (JPEG, PNG, HEIC/HEIF, WebP, MP4, QuickTime, WebM); the client's Content-Type and file name "
                    + "are ignored for that. All files are stored, or none.")
    @APIResponse(responseCode = "201", description = "Every file stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EvidenceView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = "No file in the upload", content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "429", description = "This customer sent more uploads than rate-limit.uploads allows; "
            + "Retry-After says when to try again; nothing is stored",
            headers = @Header(name = "Retry-After", description = "Seconds to wait", schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "409", description = "The claim is closed (extension currentStatus) or changed meanwhile",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "413", description = "A file, or the claim's evidence altogether, would pass a limit (extensions limit, maximum, fileName); "
            + "a request body beyond the server's body limit is refused before it is read",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @APIResponse(responseCode = "415", description = "A file is no accepted picture or video (extensions fileName, detectedType, accepted), "
            + "or the body is not multipart/form-data", content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public Response upload(@PathParam("id") UUID id, @RestForm(FileUpload.ALL) List<FileUpload> files) {
        Caller caller = callers.caller();
        limits.upload(caller);
        List<EvidenceService.Upload> uploads = files == null ? List.of() : files.stream()
                .map(file -> new EvidenceService.Upload(displayName(file.fileName()), file.uploadedFile()))
                .toList();
        List<EvidenceView> added = evidence.add(id, uploads, caller).stream().map(EvidenceView::of).toList();
        return Response.status(Response.Status.CREATED).type(MediaType.APPLICATION_JSON).entity(added).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"customer", "staff"})
    @Operation(summary = "List a claim's pictures and videos", description = "Oldest first. A customer lists only their own claim's.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = EvidenceView.class, type = SchemaType.ARRAY)))
    public List<EvidenceView> list(@PathParam("id") UUID id) {
        return evidence.list(id, callers.caller()).stream().map(EvidenceView::of).toList();
    }

    @GET
    @Path("/{evidenceId}")
    @RolesAllowed({"customer", "staff"})
    @Operation(summary = "Fetch the bytes of a picture or video", description = "Answered with the sniffed media type; ETag is the SHA-256 of the bytes.")
    @APIResponse(responseCode = "200", description = "The bytes, exactly as uploaded",
            content = @Content(mediaType = "*/*", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response fetch(@PathParam("id") UUID id, @PathParam("evidenceId") UUID evidenceId) {
        EvidenceService.Content content = evidence.content(id, evidenceId, callers.caller());
        return Response.ok(content.bytes(), content.evidence().mediaType)
                .header(HttpHeaders.CONTENT_LENGTH, content.evidence().sizeBytes)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename*=UTF-8''"
                        + URLEncoder.encode(content.evidence().fileName, StandardCharsets.UTF_8).replace("+", "%20"))
                .header(HttpHeaders.ETAG, "\"" + content.evidence().sha256 + "\"")
                // The type was sniffed and is an image or video: a browser must not guess another.
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private")
                .build();
    }

    /** The last path segment of the client's file name, without control characters; "evidence" when none is left. */
    static String displayName(String clientName) {
        String name = clientName == null ? "" : clientName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
                .replaceAll("\\p{Cntrl}", "").strip();
        if (name.codePointCount(0, name.length()) > MAX_FILE_NAME) {
            name = name.substring(0, name.offsetByCodePoints(0, MAX_FILE_NAME));
        }
        return name.isEmpty() ? "evidence" : name;
    }
}
