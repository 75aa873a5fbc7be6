package dev.passwordless.vaadin.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * There is no password sign-in here: {@code POST /login}, where Spring Security's form
 * login would take a user name and password, is refused ({@code 405}, only {@code GET}
 * allowed) before anything else reads it, whatever {@code UserDetailsService} the portal
 * defines. The form login that Vaadin's configurer sets up is kept only for its login
 * page; its processing never matches ({@link PasswordlessSecurityConfigurer}).
 */
class NoPasswordSignIn extends OncePerRequestFilter {

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod())
				|| !(request.getContextPath() + "/" + SignInRoutes.LOGIN).equals(request.getRequestURI());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		// a status, not sendError: the error page's dispatch would answer with a redirect
		response.setHeader("Allow", "GET");
		response.setStatus(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
	}

}
