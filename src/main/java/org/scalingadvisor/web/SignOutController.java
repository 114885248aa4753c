package org.scalingadvisor.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;

import java.net.URI;

/** Signing out: the id token cookie is dropped, and the start page asks the person to sign in again. */
@Controller
class SignOutController {

    @Post(uri = "/sign-out", consumes = {MediaType.APPLICATION_FORM_URLENCODED, MediaType.ALL}, produces = MediaType.TEXT_HTML)
    HttpResponse<?> signOut() {
        return HttpResponse.seeOther(URI.create("/"))
                .cookie(Cookie.of("JWT", "").path("/").maxAge(0).httpOnly(true).sameSite(SameSite.Lax));
    }
}
