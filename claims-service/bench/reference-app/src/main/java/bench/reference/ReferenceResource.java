package bench.reference;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.UUID;

/** Insert one row per POST (201 with the row), read one by id: the plain REST + ORM endpoint. */
@Path("/reference/claims")
@Produces(MediaType.APPLICATION_JSON)
public class ReferenceResource {

    public record Request(String orderNumber, String unitId, String requestType, String cause, String description) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public Response create(Request request) {
        ReferenceClaim claim = new ReferenceClaim();
        claim.id = UUID.randomUUID();
        claim.orderNumber = request.orderNumber();
        claim.unitId = request.unitId();
        claim.customerId = "bench-customer";
        claim.requestType = request.requestType();
        claim.cause = request.cause();
        claim.description = request.description();
        claim.status = "AWAITING_CONFIRMATION";
        claim.refund = new BigDecimal("199.00");
        claim.createdAt = Instant.now();
        claim.persist();
        return Response.created(URI.create("/reference/claims/" + claim.id)).entity(claim).build();
    }

    @GET
    @Path("/{id}")
    public ReferenceClaim get(@PathParam("id") UUID id) {
        ReferenceClaim claim = ReferenceClaim.findById(id);
        if (claim == null) {
            throw new NotFoundException();
        }
        return claim;
    }
}
