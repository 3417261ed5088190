"""gRPC adapter for rupaya.v1.AuthService: proto in -> domain call -> proto out."""

from __future__ import annotations

import grpc
from google.protobuf.timestamp_pb2 import Timestamp

from rupaya.v1 import auth_pb2, auth_pb2_grpc, common_pb2
from server import context
from server.auth.domain import Authenticator, Device, IssuedTokens


def _device(info: common_pb2.DeviceInfo) -> Device:
    return Device(info.device_id, info.device_name, info.platform)


def _tokens(issued: IssuedTokens) -> auth_pb2.AuthTokens:
    access_expires, refresh_expires = Timestamp(), Timestamp()
    access_expires.FromDatetime(issued.access_expires)
    refresh_expires.FromDatetime(issued.refresh_expires)
    return auth_pb2.AuthTokens(
        access_token=issued.access_token,
        access_token_expire_time=access_expires,
        refresh_token=issued.refresh_token,
        refresh_token_expire_time=refresh_expires,
        token_type="Bearer",
    )


class AuthService(auth_pb2_grpc.AuthServiceServicer):
    def __init__(self, authenticator: Authenticator) -> None:
        self._auth = authenticator

    async def SignUp(
        self, request: auth_pb2.SignUpRequest, context_: grpc.aio.ServicerContext
    ) -> auth_pb2.SignUpResponse:
        issued = await self._auth.sign_up(
            request.email, request.password, request.display_name, _device(request.device)
        )
        return auth_pb2.SignUpResponse(user_id=str(issued.user_id), tokens=_tokens(issued))

    async def SignIn(
        self, request: auth_pb2.SignInRequest, context_: grpc.aio.ServicerContext
    ) -> auth_pb2.SignInResponse:
        issued = await self._auth.sign_in(request.email, request.password, _device(request.device))
        return auth_pb2.SignInResponse(user_id=str(issued.user_id), tokens=_tokens(issued))

    async def RefreshToken(
        self, request: auth_pb2.RefreshTokenRequest, context_: grpc.aio.ServicerContext
    ) -> auth_pb2.RefreshTokenResponse:
        issued = await self._auth.refresh(request.refresh_token)
        return auth_pb2.RefreshTokenResponse(tokens=_tokens(issued))

    async def SignOut(
        self, request: auth_pb2.SignOutRequest, context_: grpc.aio.ServicerContext
    ) -> auth_pb2.SignOutResponse:
        await self._auth.sign_out(context.principal())
        return auth_pb2.SignOutResponse()
