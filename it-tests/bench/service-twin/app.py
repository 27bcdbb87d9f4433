"""The service sample's twin: the operations service-bench.sh measures, written as a FastAPI user would
write them from FastAPI's SQL databases and security chapters (SQLAlchemy ORM sessions, OAuth2 password
flow with JWTs, scopes), for Debian's packages (FastAPI 0.92, Pydantic 1.10, SQLAlchemy 1.4, PyJWT,
passlib's bcrypt).

It uses the tables the Kiln sample's Flyway migrations make (samples/service/src/main/resources/db/migration),
so both servers run against one PostgreSQL database. The same JSON goes in and out as the Kiln sample's:
POST /users, POST /token, GET /items?limit=&offset=&q=, GET /items/{item_id}, POST /items.

Like the tutorial, every path operation and dependency is a plain ``def`` (run in the threadpool), and
the session dependency commits after the operation succeeded and rolls back when it failed.

Run: APP_DATABASE_URL=postgresql://user:pass@127.0.0.1/db APP_JWT_SECRET=... \\
     /usr/bin/python3 -m uvicorn app:app --app-dir it-tests/bench/service-twin --port 8001 --no-access-log
"""
import datetime
import os
from typing import List, Optional

import jwt
from fastapi import Depends, FastAPI, HTTPException, Query, Security, status
from fastapi.security import OAuth2PasswordBearer, OAuth2PasswordRequestForm, SecurityScopes
from passlib.context import CryptContext
from pydantic import BaseModel, constr
from sqlalchemy import BigInteger, Column, DateTime, ForeignKey, String, create_engine, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, declarative_base, relationship, sessionmaker

DATABASE_URL = os.environ["APP_DATABASE_URL"].replace("postgresql://", "postgresql+psycopg2://", 1)
SECRET = os.environ["APP_JWT_SECRET"]
TOKEN_MINUTES = int(os.environ.get("APP_TOKEN_MINUTES", "30"))
# As large as the threadpool (anyio's 40 tokens): with fewer connections, 40 threads can all wait for one
# while the sessions that hold them wait for a thread to close them after the response (sync dependencies
# with yield), and every request times out after 30 s (seen here with 10).
POOL_SIZE = int(os.environ.get("APP_POOL_SIZE", "40"))

engine = create_engine(DATABASE_URL, pool_size=POOL_SIZE, max_overflow=0)
SessionLocal = sessionmaker(bind=engine, autoflush=False)
Base = declarative_base()
passwords = CryptContext(schemes=["bcrypt"], deprecated="auto")
oauth2_scheme = OAuth2PasswordBearer(
    tokenUrl="token", scopes={"items": "Read and write your items.", "admin": "Administer accounts."})

app = FastAPI(title="Kiln service sample twin")


# ------------------------------------------------------------------ tables (made by the Kiln sample's Flyway)

class UserRow(Base):
    __tablename__ = "users"
    id = Column(BigInteger, primary_key=True)
    username = Column(String(50), unique=True, nullable=False)
    email = Column(String(254), nullable=False)
    password_hash = Column(String(100), nullable=False)
    created_at = Column(DateTime(timezone=True), server_default=func.now(), nullable=False)


class ItemRow(Base):
    __tablename__ = "items"
    id = Column(BigInteger, primary_key=True)
    owner_id = Column(BigInteger, ForeignKey("users.id"), nullable=False)
    title = Column(String(200), nullable=False)
    description = Column(String(2000))
    created_at = Column(DateTime(timezone=True), server_default=func.now(), nullable=False)
    updated_at = Column(DateTime(timezone=True), server_default=func.now(), nullable=False)
    attachments = relationship("AttachmentRow", lazy="selectin", order_by="AttachmentRow.id")


class AttachmentRow(Base):
    __tablename__ = "attachments"
    id = Column(BigInteger, primary_key=True)
    item_id = Column(BigInteger, ForeignKey("items.id"), nullable=False)
    filename = Column(String(255), nullable=False)
    content_type = Column(String(255), nullable=False)
    size_bytes = Column(BigInteger, nullable=False)
    stored_as = Column(String(64), nullable=False)
    created_at = Column(DateTime(timezone=True), server_default=func.now(), nullable=False)


# ------------------------------------------------------------------ schemas (the Kiln sample's JSON)

class UserIn(BaseModel):
    username: constr(min_length=3, max_length=50, regex=r"^[A-Za-z0-9._-]+$")
    email: constr(max_length=254, regex=r"^[^@\s]+@[^@\s]+$")
    password: constr(min_length=8, max_length=72)


class User(BaseModel):
    id: int
    username: str
    email: str


class Token(BaseModel):
    access_token: str
    token_type: str
    expires_in: int
    scope: str


class Attachment(BaseModel):
    id: int
    filename: str
    contentType: str
    size: int


class Item(BaseModel):
    id: int
    title: str
    description: Optional[str]
    attachments: List[Attachment]
    createdAt: datetime.datetime
    updatedAt: datetime.datetime


class ItemIn(BaseModel):
    title: constr(max_length=200, regex=r"\S")
    description: Optional[constr(max_length=2000)] = None


class ItemPage(BaseModel):
    items: List[Item]
    total: int
    limit: int
    offset: int


def item_out(row: ItemRow) -> Item:
    return Item(
        id=row.id, title=row.title, description=row.description, createdAt=row.created_at,
        updatedAt=row.updated_at,
        attachments=[Attachment(id=a.id, filename=a.filename, contentType=a.content_type, size=a.size_bytes)
                     for a in row.attachments])


# ------------------------------------------------------------------ dependencies

def get_db():
    db = SessionLocal()
    try:
        yield db
        db.commit()
    except BaseException:
        db.rollback()
        raise
    finally:
        db.close()


def get_current_user(security_scopes: SecurityScopes, token: str = Depends(oauth2_scheme),
                     db: Session = Depends(get_db)) -> UserRow:
    authenticate = f'Bearer scope="{security_scopes.scope_str}"' if security_scopes.scopes else "Bearer"
    unauthorized = HTTPException(status.HTTP_401_UNAUTHORIZED, "Could not validate credentials",
                                 headers={"WWW-Authenticate": authenticate})
    try:
        claims = jwt.decode(token, SECRET, algorithms=["HS256"])
    except jwt.InvalidTokenError:
        raise unauthorized
    granted = claims.get("scope", "").split()
    for scope in security_scopes.scopes:
        if scope not in granted:
            raise HTTPException(status.HTTP_403_FORBIDDEN, "Not enough permissions",
                                headers={"WWW-Authenticate": authenticate})
    user = db.execute(select(UserRow).where(UserRow.username == claims.get("sub"))).scalar_one_or_none()
    if user is None:
        raise unauthorized
    return user


# ------------------------------------------------------------------ operations

@app.post("/users", status_code=201, response_model=User)
def sign_up(body: UserIn, db: Session = Depends(get_db)):
    row = UserRow(username=body.username, email=body.email, password_hash=passwords.hash(body.password))
    db.add(row)
    try:
        db.flush()
    except IntegrityError:
        raise HTTPException(409, "Username already registered")
    return User(id=row.id, username=row.username, email=row.email)


@app.post("/token", response_model=Token)
def login(form: OAuth2PasswordRequestForm = Depends(), db: Session = Depends(get_db)):
    user = db.execute(select(UserRow).where(UserRow.username == form.username)).scalar_one_or_none()
    if user is None or not passwords.verify(form.password, user.password_hash):
        raise HTTPException(401, "Incorrect username or password", headers={"WWW-Authenticate": "Bearer"})
    scopes = [s for s in form.scopes if s == "items"] or ["items"]
    expires = datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(minutes=TOKEN_MINUTES)
    token = jwt.encode({"sub": user.username, "scope": " ".join(scopes), "exp": expires}, SECRET, algorithm="HS256")
    return Token(access_token=token, token_type="bearer", expires_in=TOKEN_MINUTES * 60, scope=" ".join(scopes))


@app.get("/items", response_model=ItemPage)
def list_items(limit: int = Query(20, ge=1, le=100), offset: int = Query(0, ge=0),
               q: Optional[str] = Query(None, min_length=1, max_length=100),
               user: UserRow = Security(get_current_user, scopes=["items"]), db: Session = Depends(get_db)):
    where = [ItemRow.owner_id == user.id]
    if q is not None:
        where.append(func.lower(ItemRow.title).contains(q.lower()))
    total = db.execute(select(func.count()).select_from(ItemRow).where(*where)).scalar_one()
    rows = db.execute(select(ItemRow).where(*where).order_by(ItemRow.id).limit(limit).offset(offset)).scalars().all()
    return ItemPage(items=[item_out(r) for r in rows], total=total, limit=limit, offset=offset)


@app.get("/items/{item_id}", response_model=Item)
def read_item(item_id: int, user: UserRow = Security(get_current_user, scopes=["items"]),
              db: Session = Depends(get_db)):
    row = db.execute(select(ItemRow).where(ItemRow.owner_id == user.id, ItemRow.id == item_id)).scalar_one_or_none()
    if row is None:
        raise HTTPException(404, "Item not found")
    return item_out(row)


@app.post("/items", status_code=201, response_model=Item)
def create_item(body: ItemIn, user: UserRow = Security(get_current_user, scopes=["items"]),
                db: Session = Depends(get_db)):
    row = ItemRow(owner_id=user.id, title=body.title, description=body.description)
    db.add(row)
    try:
        db.flush()
    except IntegrityError:
        raise HTTPException(409, "You already have an item with this title")
    db.refresh(row)
    return item_out(row)
