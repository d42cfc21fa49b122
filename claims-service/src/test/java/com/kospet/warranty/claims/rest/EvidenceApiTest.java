package com.kospet.warranty.claims.rest;

import com.kospet.warranty.claims.Fixtures;
import com.kospet.warranty.claims.Fixtures.OpenClaim;
import com.kospet.warranty.claims.persistence.ClaimEntity;
import com.kospet.warranty.claims.persistence.EvidenceEntity;
import com.kospet.warranty.testinfra.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.persistence.LockModeType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static com.kospet.warranty.claims.Fixtures.asService;
import static com.kospet.warranty.claims.Fixtures.asStaff;
import static com.kospet.warranty.testinfra.OpenApiContract.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

/**
 * DP-2 evidence: the test profile limits a file to 256 KiB, a claim to 600 KiB and 6 files, a request body
 * to 1 MiB, and stores under target/test-evidence. {@link S3EvidenceApiTest} runs the same tests against the S3 store.
 */
@QuarkusTest
class EvidenceApiTest {

    private static final Path STORE = Path.of("target/test-evidence");
    private static final int KIB = 1024;

    @Test
    void aCustomerUploadsAPictureAndAVideoAndFetchesBothBackByteIdenticalWithTheSniffedType() {
        OpenClaim claim = openClaim();
        byte[] png = realPng();
        byte[] mp4 = mp4Header();

        // The client's content types and names say nothing true: the type comes from the bytes.
        List<String> ids = uploader(claim)
                .multiPart("file", "screen.png", png, "application/octet-stream")
                .multiPart("file", "clip.bin", mp4, "text/plain")
                .post("/api/claims/{id}/evidence", claim.id())
                .then().statusCode(201)
                .body("fileName", contains("screen.png", "clip.bin"))
                .body("mediaType", contains("image/png", "video/mp4"))
                .body("size", contains(png.length, mp4.length))
                .body("sha256", contains(sha256(png), sha256(mp4)))
                .body("uploaderRole", contains("customer", "customer"))
                .extract().path("id");

        claim.customer().asCustomer().get("/api/claims/{id}/evidence", claim.id())
                .then().statusCode(200)
                .body("id", contains(ids.toArray()))
                .body("mediaType", contains("image/png", "video/mp4"));
        assertThat(fetch(claim.customer().asCustomer(), claim, ids.get(0)).contentType("image/png")
                .header("X-Content-Type-Options", "nosniff")
                .header("ETag", "\"" + sha256(png) + "\"")
                .extract().asByteArray()).isEqualTo(png);
        assertThat(fetch(claim.customer().asCustomer(), claim, ids.get(1)).contentType("video/mp4")
                .extract().asByteArray()).isEqualTo(mp4);

        // The bytes live in the store, not in the rows; the claim counts them as its media.
        assertThat(storedBytes(claim, ids.get(0))).isEqualTo(png);
        claim.customer().asCustomer().get("/api/claims/{id}", claim.id())
                .then().statusCode(200).body("evidenceCount", equalTo(2));
    }

    @Test
    void aRetriedUploadIsAnsweredWithTheEvidenceHeldAndStoresNothingTwice() throws Exception {
        OpenClaim claim = openClaim();
        byte[] png = realPng();
        String first = upload(claim, "screen.png", png);

        // The connection dropped before the answer arrived: the app sends the same picture again, with a new one.
        byte[] mp4 = mp4Header();
        List<String> retried = uploader(claim)
                .multiPart("file", "screen.png", png)
                .multiPart("file", "clip.mp4", mp4)
                .post("/api/claims/{id}/evidence", claim.id())
                .then().statusCode(201).extract().path("id");

        assertThat(retried).hasSize(2).first().isEqualTo(first);
        claim.customer().asCustomer().get("/api/claims/{id}/evidence", claim.id())
                .then().body("id", contains(first, retried.get(1)));
        claim.customer().asCustomer().get("/api/claims/{id}", claim.id()).then().body("evidenceCount", equalTo(2));
        assertThat(filesOf(claim)).containsExactlyInAnyOrder(first, retried.get(1));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "photo.txt, image/jpeg",
            "IMG_0001, image/heic",
            "picture.png, image/webp",
            "movie.mp4, video/quicktime",
            "clip.mov, video/webm"})
    void eachAcceptedKindIsRecognisedByItsBytesWhateverItsName(String fileName, String mediaType) {
        OpenClaim claim = openClaim();
        byte[] bytes = sample(mediaType);

        String id = uploader(claim).multiPart("file", fileName, bytes, "application/octet-stream")
                .post("/api/claims/{id}/evidence", claim.id())
                .then().statusCode(201).body("[0].mediaType", equalTo(mediaType))
                .extract().path("[0].id");

        assertThat(fetch(asStaff(), claim, id).contentType(mediaType).extract().asByteArray()).isEqualTo(bytes);
    }

    @Test
    void aTextFileNamedLikeAPictureIsRefusedNamingItAndNothingOfTheUploadIsStored() {
        OpenClaim claim = openClaim();

        uploader(claim)
                .multiPart("file", "fine.png", realPng(), "image/png")
                .multiPart("file", "photo.jpg", "this is not a picture\n".getBytes(StandardCharsets.UTF_8), "image/jpeg")
                .post("/api/claims/{id}/evidence", claim.id())
                .then().statusCode(415).contentType("application/problem+json")
                .body("type", equalTo("https://warranty.kospet.com/problems/unsupported-evidence-type"))
                .body("fileName", equalTo("photo.jpg"))
                .body("detectedType", equalTo("text/plain"))
                .body("accepted", hasItem("video/webm"))
                .body("detail", containsString("photo.jpg"));

        assertNothingStored(claim);
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedWith413NamingIt() {
        OpenClaim claim = openClaim();

        uploader(claim).multiPart("file", "long-video.mp4", padded(mp4Header(), 257 * KIB), "video/mp4")
                .post("/api/claims/{id}/evidence", claim.id())
                .then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("https://warranty.kospet.com/problems/evidence-file-too-large"))
                .body("fileName", equalTo("long-video.mp4"))
                .body("maximum", equalTo(256 * KIB));

        assertNothingStored(claim);
    }

    @Test
    void aRequestBeyondTheServersBodyLimitIsRefusedWith413ProblemDetails() {
        OpenClaim claim = openClaim();

        // The test profile sets the body limit to 1 MiB (32 MiB in production). Built by hand so that it
        // declares its length, as a browser's upload does (REST Assured would send it chunked).
        String boundary = "evidence-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"huge.mp4\"\r\n"
                + "Content-Type: video/mp4\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        body.writeBytes(padded(mp4Header(), 2 * KIB * KIB));
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        uploader(claim).contentType("multipart/form-data; boundary=" + boundary).body(body.toByteArray())
                .post("/api/claims/{id}/evidence", claim.id())
                .then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("https://warranty.kospet.com/problems/request-too-large"))
                .body("maximum", equalTo(KIB * KIB));

        assertNothingStored(claim);
    }

    @Test
    void aClaimTakesEvidenceUpToItsTotalSizeAndFileCountAndNoMore() {
        OpenClaim claim = openClaim();
        byte[] big = padded(mp4Header(), 250 * KIB);
        uploader(claim).multiPart("file", "a.mp4", variant(big, 1)).multiPart("file", "b.mp4", variant(big, 2))
                .post("/api/claims/{id}/evidence", claim.id()).then().statusCode(201);

        uploader(claim).multiPart("file", "c.mp4", variant(big, 3))
                .post("/api/claims/{id}/evidence", claim.id())
                .then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("https://warranty.kospet.com/problems/evidence-quota-exceeded"))
                .body("maximum", equalTo(600 * KIB));

        RequestSpecification five = uploader(claim);
        for (int i = 0; i < 5; i++) {
            five = five.multiPart("file", "small-" + i + ".png", variant(realPng(), i));
        }
        five.post("/api/claims/{id}/evidence", claim.id())
                .then().statusCode(413)
                .body("type", equalTo("https://warranty.kospet.com/problems/evidence-file-count-exceeded"))
                .body("maximum", equalTo(6));

        claim.customer().asCustomer().get("/api/claims/{id}/evidence", claim.id()).then().statusCode(200).body("$", hasSize(2));
        assertThat(filesOf(claim)).hasSize(2);
    }

    @Test
    void ofTwoUploadsRacingForTheLastRoomOneWinsAndTheLosersStoredFilesAreRemovedWithItsTransaction() throws Exception {
        OpenClaim claim = openClaim();
        byte[] big = padded(mp4Header(), 200 * KIB);
        uploader(claim).multiPart("file", "first.mp4", big).post("/api/claims/{id}/evidence", claim.id()).then().statusCode(201);

        // Hold the claim's lock, so both uploads pass the early check, store their files and wait for the lock.
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> holder = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew().run(() -> {
            ClaimEntity.findById(claim.uuid(), LockModeType.PESSIMISTIC_WRITE);
            locked.countDown();
            awaitLatch(release);
        }));
        assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
        // 200 KiB held of 600: room for one of these two, whichever takes the lock first.
        List<CompletableFuture<Integer>> racing = Stream.of("second.mp4", "third.mp4")
                .map(name -> CompletableFuture.supplyAsync(() -> uploader(claim)
                        .multiPart("file", name, variant(padded(mp4Header(), 250 * KIB), name.charAt(0)), "video/mp4")
                        .multiPart("file", "also-" + name, variant(padded(mp4Header(), 150 * KIB), name.charAt(0) + 7), "video/mp4")
                        .post("/api/claims/{id}/evidence", claim.id()).then().extract().statusCode()))
                .toList();
        await().atMost(Duration.ofSeconds(20)).until(() -> filesOf(claim).size() == 5);
        release.countDown();
        holder.get(10, TimeUnit.SECONDS);

        assertThat(racing.stream().map(CompletableFuture::join)).containsExactlyInAnyOrder(201, 413);
        List<EvidenceEntity> rows = QuarkusTransaction.requiringNew().call(() -> EvidenceEntity.ofClaim(claim.uuid()));
        assertThat(rows).hasSize(3);
        assertThat(filesOf(claim)).containsExactlyInAnyOrderElementsOf(rows.stream().map(row -> row.id.toString()).toList());
        claim.customer().asCustomer().get("/api/claims/{id}", claim.id()).then().body("evidenceCount", equalTo(3));
    }

    @Test
    void anotherCustomerSeesNeitherTheEvidenceNorTheClaimAndCannotAddToIt() {
        OpenClaim claim = openClaim();
        String id = upload(claim, "screen.png", realPng());
        OpenClaim othersClaim = openClaim();
        Fixtures.Customer stranger = Fixtures.newCustomer();

        stranger.asCustomer().get("/api/claims/{id}/evidence", claim.id()).then().statusCode(404).contentType("application/problem+json");
        fetch(stranger.asCustomer(), claim, id).statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.customer(stranger.id(), stranger.email()))
                .multiPart("file", "mine.png", realPng())
                .post("/api/claims/{id}/evidence", claim.id()).then().statusCode(404).contentType("application/problem+json");
        // Evidence is found only under its own claim, even by its own customer on their other claim.
        fetch(othersClaim.customer().asCustomer(), othersClaim, id).statusCode(404);
        fetch(asStaff(), othersClaim, id).statusCode(404);
        assertThat(filesOf(claim)).containsExactly(id);
    }

    @Test
    void staffListAndFetchAnyClaimsEvidenceButOnlyTheCustomerUploads() {
        OpenClaim claim = openClaim();
        byte[] png = realPng();
        String id = upload(claim, "screen.png", png);

        asStaff().get("/api/claims/{id}/evidence", claim.id()).then().statusCode(200)
                .body("id", contains(id)).body("uploaderRole", contains("customer"));
        assertThat(fetch(asStaff(), claim, id).contentType("image/png").extract().asByteArray()).isEqualTo(png);

        given().auth().oauth2(TestTokens.staff("agent-1")).multiPart("file", "staff.png", png)
                .post("/api/claims/{id}/evidence", claim.id()).then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void theServiceRoleHasNoAccessToEvidence() {
        OpenClaim claim = openClaim();
        String id = upload(claim, "screen.png", realPng());

        asService().get("/api/claims/{id}/evidence", claim.id()).then().statusCode(403).contentType("application/problem+json");
        fetch(asService(), claim, id).statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.service("order-system")).multiPart("file", "x.png", realPng())
                .post("/api/claims/{id}/evidence", claim.id()).then().statusCode(403);
        given().multiPart("file", "x.png", realPng())
                .post("/api/claims/{id}/evidence", claim.id()).then().statusCode(401);
    }

    @Test
    void aClosedClaimTakesNoMoreEvidence() {
        OpenClaim claim = openClaim();
        Fixtures.act(claim.customer().asCustomer(), claim, "cancel", null).statusCode(200);

        uploader(claim).multiPart("file", "late.png", realPng())
                .post("/api/claims/{id}/evidence", claim.id())
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://warranty.kospet.com/problems/claim-closed"))
                .body("currentStatus", equalTo("CANCELLED"));
        assertNothingStored(claim);
    }

    @Test
    void anUploadWithoutAFileOrNotMultipartIsABadRequestNotAServerError() {
        OpenClaim claim = openClaim();

        uploader(claim).multiPart("note", "no file here")
                .post("/api/claims/{id}/evidence", claim.id())
                .then().statusCode(400).contentType("application/problem+json");
        claim.customer().asCustomer().body("{}")
                .post("/api/claims/{id}/evidence", claim.id())
                .then().statusCode(415).contentType("application/problem+json");
        fetch(claim.customer().asCustomer(), claim, "not-a-uuid").statusCode(404);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theOpenApiDocumentDescribesTheEvidenceEndpointsWithTheirErrors() {
        Map<String, Map<String, Object>> paths = given().accept("application/json").get("/q/openapi?format=json")
                .then().statusCode(200).extract().jsonPath().getMap("paths");
        Map<String, Object> evidence = paths.get("/api/claims/{id}/evidence");
        Map<String, Object> upload = (Map<String, Object>) evidence.get("post");
        assertThat((Map<String, Object>) upload.get("responses")).containsKeys("201", "400", "401", "403", "404", "409", "413", "415");
        assertThat((Map<String, Object>) upload.get("requestBody")).extracting("content").asString().contains("multipart/form-data");
        assertThat((Map<String, Object>) ((Map<String, Object>) evidence.get("get")).get("responses")).containsKeys("200", "404");
        Map<String, Object> fetch = (Map<String, Object>) paths.get("/api/claims/{id}/evidence/{evidenceId}").get("get");
        assertThat((Map<String, Object>) fetch.get("responses")).containsKeys("200", "401", "403", "404");
    }

    // ---------------------------------------------------------------- helpers

    private static void awaitLatch(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    static OpenClaim openClaim() {
        return Fixtures.openClaim("DEFECT_REPLACEMENT", "QUALITY_PROBLEM");
    }

    /** The claim's customer, ready for a multipart body (the fixtures' specs send JSON). */
    static RequestSpecification uploader(OpenClaim claim) {
        return given().auth().oauth2(TestTokens.customer(claim.customer().id(), claim.customer().email()));
    }

    private static String upload(OpenClaim claim, String fileName, byte[] bytes) {
        return uploader(claim).multiPart("file", fileName, bytes)
                .post("/api/claims/{id}/evidence", claim.id())
                .then().statusCode(201).extract().path("[0].id");
    }

    private static ValidatableResponse fetch(RequestSpecification caller, OpenClaim claim, String evidenceId) {
        return caller.get("/api/claims/{id}/evidence/{evidenceId}", claim.id(), evidenceId).then();
    }

    private void assertNothingStored(OpenClaim claim) {
        claim.customer().asCustomer().get("/api/claims/{id}/evidence", claim.id()).then().statusCode(200).body("$", hasSize(0));
        claim.customer().asCustomer().get("/api/claims/{id}", claim.id()).then().body("evidenceCount", equalTo(0));
        assertThat(filesOf(claim)).isEmpty();
    }

    /** The same bytes with the last one changed: another file to the store, the same type to the sniffer. */
    private static byte[] variant(byte[] bytes, int n) {
        byte[] copy = bytes.clone();
        copy[copy.length - 1] ^= (byte) (n % 255 + 1);
        return copy;
    }

    /** The names of the files the store holds for the claim. */
    protected List<String> filesOf(OpenClaim claim) {
        Path dir = STORE.resolve(claim.id());
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(file -> file.getFileName().toString()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bytes the store holds for a piece of evidence of the claim. */
    protected byte[] storedBytes(OpenClaim claim, String evidenceId) {
        try {
            return Files.readAllBytes(STORE.resolve(claim.id()).resolve(evidenceId));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A real, decodable PNG picture of a few pixels. */
    static byte[] realPng() {
        BufferedImage image = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0xff0000);
        return encode(image, "png");
    }

    private static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The start of an MP4 as phones write it: an ftyp box of brand isom, a free box and an mdat box. */
    private static byte[] mp4Header() {
        return HexFormat.of().parseHex("00000020" + ascii("ftypisom") + "00000200" + ascii("isomiso2avc1mp41")
                + "00000008" + ascii("free") + "00000010" + ascii("mdat") + "0000000165b8004000");
    }

    /** The first bytes of a file of each accepted kind other than PNG and MP4. */
    private static byte[] sample(String mediaType) {
        return switch (mediaType) {
            case "image/jpeg" -> encode(new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB), "jpg");
            case "image/heic" -> HexFormat.of().parseHex("00000018" + ascii("ftypheic") + "00000000" + ascii("mif1heic")
                    + "00000008" + ascii("meta"));
            case "image/webp" -> HexFormat.of().parseHex(ascii("RIFF") + "1a000000" + ascii("WEBPVP8L")
                    + "0d0000002f0000001007101111888808");
            case "video/quicktime" -> HexFormat.of().parseHex("00000014" + ascii("ftypqt  ") + "00000200" + ascii("qt  ")
                    + "00000008" + ascii("wide"));
            // EBML header with DocType "webm", then the start of a Segment.
            case "video/webm" -> HexFormat.of().parseHex("1a45dfa39f4286810142f7810142f2810442f381084282847765626d"
                    + "4287810442858102" + "18538067");
            default -> throw new IllegalArgumentException(mediaType);
        };
    }

    private static byte[] padded(byte[] head, int size) {
        byte[] bytes = new byte[size];
        System.arraycopy(head, 0, bytes, 0, head.length);
        return bytes;
    }

    private static String ascii(String text) {
        return HexFormat.of().formatHex(text.getBytes(StandardCharsets.US_ASCII));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
