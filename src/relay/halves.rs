//! The read and write halves of a session's sockets. A plain TCP socket is split into
//! tokio's owned halves, which need no lock; TLS and Unix-socket streams go through
//! `tokio::io::split`, whose halves share the stream behind a mutex taken on every read
//! and write.

use std::io::IoSlice;
use std::pin::Pin;
use std::task::{Context, Poll};

use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::tcp::{OwnedReadHalf, OwnedWriteHalf};

use crate::upstream::BoxStream;

pub(super) enum ReadHalf {
    Tcp(OwnedReadHalf),
    Shared(tokio::io::ReadHalf<BoxStream>),
}

pub(super) enum WriteHalf {
    Tcp(OwnedWriteHalf),
    Shared(tokio::io::WriteHalf<BoxStream>),
}

pub(super) fn split(stream: BoxStream) -> (ReadHalf, WriteHalf) {
    match stream.into_tcp() {
        Ok(tcp) => {
            let (read, write) = tcp.into_split();
            (ReadHalf::Tcp(read), WriteHalf::Tcp(write))
        }
        Err(stream) => {
            let (read, write) = tokio::io::split(stream);
            (ReadHalf::Shared(read), WriteHalf::Shared(write))
        }
    }
}

impl AsyncRead for ReadHalf {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<std::io::Result<()>> {
        match self.get_mut() {
            Self::Tcp(half) => Pin::new(half).poll_read(cx, buf),
            Self::Shared(half) => Pin::new(half).poll_read(cx, buf),
        }
    }
}

impl AsyncWrite for WriteHalf {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<std::io::Result<usize>> {
        match self.get_mut() {
            Self::Tcp(half) => Pin::new(half).poll_write(cx, buf),
            Self::Shared(half) => Pin::new(half).poll_write(cx, buf),
        }
    }

    fn poll_write_vectored(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[IoSlice<'_>],
    ) -> Poll<std::io::Result<usize>> {
        match self.get_mut() {
            Self::Tcp(half) => Pin::new(half).poll_write_vectored(cx, bufs),
            Self::Shared(half) => Pin::new(half).poll_write_vectored(cx, bufs),
        }
    }

    fn is_write_vectored(&self) -> bool {
        match self {
            Self::Tcp(half) => half.is_write_vectored(),
            Self::Shared(half) => half.is_write_vectored(),
        }
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        match self.get_mut() {
            Self::Tcp(half) => Pin::new(half).poll_flush(cx),
            Self::Shared(half) => Pin::new(half).poll_flush(cx),
        }
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        match self.get_mut() {
            Self::Tcp(half) => Pin::new(half).poll_shutdown(cx),
            Self::Shared(half) => Pin::new(half).poll_shutdown(cx),
        }
    }
}
