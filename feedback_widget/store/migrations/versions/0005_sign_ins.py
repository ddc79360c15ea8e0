"""Sign-ins with an identity provider: those under way and the sessions; and the columns that tie a
form-steps draft to the person signed in who fills it in.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# Written out rather than imported from schema.py: a migration is a frozen record of one step.


def upgrade() -> None:
    op.create_table(
        "sign_in_pending",
        sa.Column("id", sa.String(64), nullable=False),
        sa.Column("nonce", sa.Text(), nullable=False),
        sa.Column("code_verifier", sa.Text(), nullable=False),
        sa.Column("assurance", sa.Text(), nullable=True),
        sa.Column("next_path", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_sign_in_pending"),
    )
    op.create_index("ix_sign_in_pending_expires_at", "sign_in_pending", ["expires_at"])
    op.create_table(
        "sign_in_sessions",
        sa.Column("id", sa.String(64), nullable=False),
        sa.Column("sub", sa.Text(), nullable=False),
        sa.Column("assurance", sa.Text(), nullable=True),
        sa.Column("claims", sa.Text(), nullable=False),
        sa.Column("id_token", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_sign_in_sessions"),
    )
    op.create_index("ix_sign_in_sessions_sub", "sign_in_sessions", ["sub"])
    op.create_index("ix_sign_in_sessions_expires_at", "sign_in_sessions", ["expires_at"])
    with op.batch_alter_table("form_drafts") as table:
        table.add_column(sa.Column("owner_key", sa.String(64), nullable=True))
        table.add_column(sa.Column("owner_box", sa.String(128), nullable=True))
    op.create_index("ix_form_drafts_owner_key", "form_drafts", ["owner_key"])


def downgrade() -> None:
    op.drop_index("ix_form_drafts_owner_key", table_name="form_drafts")
    with op.batch_alter_table("form_drafts") as table:
        table.drop_column("owner_box")
        table.drop_column("owner_key")
    op.drop_table("sign_in_sessions")
    op.drop_table("sign_in_pending")
