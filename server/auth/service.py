"""gRPC adapter for rupaya.v1.AuthService: proto in -> domain call -> proto out."""

from __future__ import annotations

import grpc
from google.protobuf.timestamp_pb2 import Timestamp

from rupaya.v1 import auth_pb2, auth_pb2_grpc, common_pb2
from server import audit, context
from server.auth.device_sessions import DeviceSessions
from server.auth.domain import Authenticator, Device, IssuedTokens, MfaChallenge
from server.auth.keyring import Keyring
from server.auth.messages import session_to_proto
from server.auth.mfa import Mfa
from server.auth.recovery.reset import PasswordReset
from server.auth.recovery.verification import EmailVerification
from server.db.engine import Database
from server.timestamps import to_proto as timestamp

QR_MIME_TYPE = "image/png"


def _device(info: common_pb2.DeviceInfo) -> Device:
    return Device(info.device_id, info.device_name, info.platform)


def _tokens(issued: IssuedTokens) -> auth_pb2.AuthTokens:
    return auth_pb2.AuthTokens(
        access_token=issued.access_token,
        access_token_expire_time=timestamp(issued.access_expires),
        refresh_token=issued.refresh_token,
        refresh_token_expire_time=timestamp(issued.refresh_expires),
        token_type="Bearer",
    )


def _actor() -> audit.Actor:
    return audit.Actor(peer=context.client_address.get(), session_id=context.principal().session_id)


class AuthService(auth_pb2_grpc.AuthServiceServicer):
    def __init__(
        self,
        db: Database,
        authenticator: Authenticator,
        mfa: Mfa,
        sessions: DeviceSessions,
        keyring: Keyring,
        *,
        verification: EmailVerification,
        reset: PasswordReset,
    ) -> None:
        self._db = db
        self._auth = authenticator
        self._mfa = mfa
        self._sessions = sessions
        self._keyring = keyring
        self._verification = verification
        self._reset = reset

    async def SignUp(
        self, request: auth_pb2.SignUpRequest, ctx: grpc.aio.ServicerContext
    ) -> auth_pb2.SignUpResponse:
        issued = await self._auth.sign_up(
            request.email,
            request.password,
            request.display_name,
            _device(request.device),
            context.client_address.get(),
        )
        return auth_pb2.SignUpResponse(user_id=str(issued.user_id), tokens=_tokens(issued))

    async def SignIn(
        self, request: auth_pb2.SignInRequest, ctx: grpc.aio.ServicerContext
    ) -> auth_pb2.SignInResponse:
        result = await self._auth.sign_in(
            request.email, request.password, _device(request.device), context.client_address.get()
        )
        if isinstance(result, MfaChallenge):
            return auth_pb2.SignInResponse(
                user_id=str(result.user_id),
                mfa_required=True,
                mfa_challenge=result.challenge,
                mfa_challenge_expire_time=timestamp(result.expires),
            )
        return auth_pb2.SignInResponse(user_id=str(result.user_id), tokens=_tokens(result))

    async def CompleteMfaSignIn(
        self, request: auth_pb2.CompleteMfaSignInRequest, ctx: grpc.aio.ServicerContext
    ) -> auth_pb2.CompleteMfaSignInResponse:
        issued = await self._auth.complete_mfa_sign_in(
            request.mfa_challenge, request.code, context.client_address.get()
        )
        return auth_pb2.CompleteMfaSignInResponse(user_id=str(issued.user_id), tokens=_tokens(issued))

    async def RefreshToken(
        self, request: auth_pb2.RefreshTokenRequest, ctx: grpc.aio.ServicerContext
    ) -> auth_pb2.RefreshTokenResponse:
        issued = await self._auth.refresh(request.refresh_token, context.client_address.get())
        return auth_pb2.RefreshTokenResponse(tokens=_tokens(issued))

    async def SignOut(
        self, request: auth_pb2.SignOutRequest, ctx: grpc.aio.ServicerContext
    ) -> auth_pb2.SignOutResponse:
        await self._auth.sign_out(context.principal(), context.client_address.get())
        return auth_pb2.SignOutResponse()

    async def EnrollMfa(
        self, request: auth_pb2.EnrollMfaRequest, ctx: grpc.aio.ServicerContext
    ) -> auth_pb2.EnrollMfaResponse:
        async with self._db.transaction() as s:
            enrolment = await self._mfa.enroll(s, context.principal().user_id)
        return auth_pb2.EnrollMfaResponse(
            otpauth_uri=enrolment.otpauth_uri,
            qr_code=enrolment.qr_png,
            qr_code_mime_type=QR_MIME_TYPE,
            secret=enrolment.secret,
        )

    async def ConfirmMfa(
        self, request: auth_pb2.ConfirmMfaRequest, ctx: grpc.aio.ServicerContext
    ) -> auth_pb2.ConfirmMfaResponse:
        async with self._db.transaction() as s:
            codes = await self._mfa.confirm(s, context.principal().user_id, request.code, _actor())
        return auth_pb2.ConfirmMfaResponse(backup_codes=codes)

    async def DisableMfa(
        self, request: auth_pb2.DisableMfaRequest, ctx: grpc.aio.ServicerContext
    ) -> auth_pb2.DisableMfaResponse:
        principal = context.principal()
        await self._auth.reauthenticate(principal.user_id, request.password)
        async with self._db.transaction() as s:
            await self._mfa.disable(s, principal.user_id, request.code, _actor())
        return auth_pb2.DisableMfaResponse()

    async def RegenerateBackupCodes(
        self, request: auth_pb2.RegenerateBackupCodesRequest, ctx: grpc.aio.ServicerContext
    ) -> auth_pb2.RegenerateBackupCodesResponse:
        async with self._db.transaction() as s:
            codes = await self._mfa.regenerate_backup_codes(
                s, context.principal().user_id, request.code, _actor()
            )
        return auth_pb2.RegenerateBackupCodesResponse(backup_codes=codes)

    async def ListSessions(
        self, request: auth_pb2.ListSessionsRequest, ctx: grpc.aio.ServicerContext
    ) -> auth_pb2.ListSessionsResponse:
        principal = context.principal()
        sessions = await self._sessions.list(principal)
        return auth_pb2.ListSessionsResponse(
            sessions=[session_to_proto(x, x.id == principal.session_id) for x in sessions]
        )

    async def RevokeSession(
        self, request: auth_pb2.RevokeSessionRequest, ctx: grpc.aio.ServicerContext
    ) -> auth_pb2.RevokeSessionResponse:
        await self._sessions.revoke(context.principal(), request.session_id, context.client_address.get())
        return auth_pb2.RevokeSessionResponse()

    async def RevokeOtherSessions(
        self, request: auth_pb2.RevokeOtherSessionsRequest, ctx: grpc.aio.ServicerContext
    ) -> auth_pb2.RevokeOtherSessionsResponse:
        count = await self._sessions.revoke_others(context.principal(), context.client_address.get())
        return auth_pb2.RevokeOtherSessionsResponse(revoked_count=count)

    async def ChangePassword(
        self, request: auth_pb2.ChangePasswordRequest, ctx: grpc.aio.ServicerContext
    ) -> auth_pb2.ChangePasswordResponse:
        await self._auth.change_password(
            context.principal(), request.current_password, request.new_password, context.client_address.get()
        )
        return auth_pb2.ChangePasswordResponse()

    async def VerifyEmail(
        self, request: auth_pb2.VerifyEmailRequest, ctx: grpc.aio.ServicerContext
    ) -> auth_pb2.VerifyEmailResponse:
        await self._verification.verify(request.token, context.client_address.get())
        return auth_pb2.VerifyEmailResponse()

    async def ResendVerificationEmail(
        self, request: auth_pb2.ResendVerificationEmailRequest, ctx: grpc.aio.ServicerContext
    ) -> auth_pb2.ResendVerificationEmailResponse:
        await self._verification.resend(context.principal().user_id)
        return auth_pb2.ResendVerificationEmailResponse()

    async def ChangeEmail(
        self, request: auth_pb2.ChangeEmailRequest, ctx: grpc.aio.ServicerContext
    ) -> auth_pb2.ChangeEmailResponse:
        principal = context.principal()
        await self._verification.change_email(
            principal.user_id,
            principal.session_id,
            request.new_email,
            request.current_password,
            context.client_address.get(),
        )
        return auth_pb2.ChangeEmailResponse()

    async def RequestPasswordReset(
        self, request: auth_pb2.RequestPasswordResetRequest, ctx: grpc.aio.ServicerContext
    ) -> auth_pb2.RequestPasswordResetResponse:
        await self._reset.request(request.email, context.client_address.get())
        return auth_pb2.RequestPasswordResetResponse()

    async def ResetPassword(
        self, request: auth_pb2.ResetPasswordRequest, ctx: grpc.aio.ServicerContext
    ) -> auth_pb2.ResetPasswordResponse:
        await self._reset.reset(
            request.token, request.new_password, request.mfa_code, context.client_address.get()
        )
        return auth_pb2.ResetPasswordResponse()

    async def GetJwks(
        self, request: auth_pb2.GetJwksRequest, ctx: grpc.aio.ServicerContext
    ) -> auth_pb2.GetJwksResponse:
        return auth_pb2.GetJwksResponse(keys=[auth_pb2.Jwk(**jwk) for jwk in self._keyring.jwks()])

    async def WhoAmI(
        self, request: auth_pb2.WhoAmIRequest, ctx: grpc.aio.ServicerContext
    ) -> auth_pb2.WhoAmIResponse:
        caller = context.principal()
        expires = Timestamp()
        expires.FromSeconds(caller.token_expires_at)
        return auth_pb2.WhoAmIResponse(
            user_id=str(caller.user_id), session_id=str(caller.session_id), access_token_expire_time=expires
        )
